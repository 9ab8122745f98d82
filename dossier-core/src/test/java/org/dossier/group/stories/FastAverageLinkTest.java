package org.dossier.group.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.dossier.group.events.AverageLinkClustering;
import org.junit.jupiter.api.Test;

/** The cached-row agglomeration must give exactly the clusters of the plain one. */
class FastAverageLinkTest {

    @Test
    void givesTheSameClustersAsThePlainAverageLink() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = 2 + random.nextInt(40);
            double[][] sim = new double[n][n];
            for (int i = 0; i < n; i++) {
                sim[i][i] = 1;
                for (int j = i + 1; j < n; j++) {
                    // coarse values so that ties happen and their order is checked too
                    double s = random.nextInt(3) == 0 ? 0 : Math.round(random.nextDouble() * 10) / 10.0;
                    sim[i][j] = s;
                    sim[j][i] = s;
                }
            }
            double threshold = 0.3 + random.nextInt(4) / 10.0;
            int[] plain = new AverageLinkClustering(threshold).cluster(sim);
            double[][] copy = new double[n][];
            for (int i = 0; i < n; i++) {
                copy[i] = sim[i].clone();
            }
            assertArrayEquals(plain, new FastAverageLink(threshold).cluster(copy), "round " + round);
        }
    }
}
