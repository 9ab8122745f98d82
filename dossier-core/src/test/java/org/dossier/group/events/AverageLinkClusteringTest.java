package org.dossier.group.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class AverageLinkClusteringTest {
    private final double[][] twoPairs = {
        {1.0, 0.8, 0.1, 0.0},
        {0.8, 1.0, 0.0, 0.1},
        {0.1, 0.0, 1.0, 0.7},
        {0.0, 0.1, 0.7, 1.0}};

    @Test
    void theThresholdDecidesHowManyGroups() {
        assertArrayEquals(new int[] {0, 0, 1, 1}, new AverageLinkClustering(0.5).cluster(twoPairs));
        assertArrayEquals(new int[] {0, 0, 0, 0}, new AverageLinkClustering(0.05).cluster(twoPairs));
        assertArrayEquals(new int[] {0, 1, 2, 3}, new AverageLinkClustering(0.9).cluster(twoPairs));
    }

    @Test
    void oneBridgeDoesNotGlueTwoGroupsUnderAverageLinkage() {
        // item 2 is very like item 1 but unlike item 0: single linkage would chain them, average linkage does not
        double[][] chain = {
            {1.0, 0.6, 0.0},
            {0.6, 1.0, 0.7},
            {0.0, 0.7, 1.0}};
        assertArrayEquals(new int[] {0, 1, 1}, new AverageLinkClustering(0.5).cluster(chain));
    }
}
