package org.dossier.eval.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dossier.group.stories.StorySettings;
import org.junit.jupiter.api.Test;

/** A small end-to-end run of the scale benchmark: generator, parallel featurising, clustering, scoring. */
class StoryScaleBenchmarkTest {

    @Test
    void aSmallSyntheticStreamIsClusteredAndScored() {
        StoryScaleBenchmark.Result r = new StoryScaleBenchmark(StorySettings.DEFAULT, 2).run(2000, 1);
        System.out.println(r.format());
        assertEquals(2000, r.articles());
        assertEquals(2000, r.quality().items());
        // far fewer stories than articles (they are found) and not everything lumped together
        assertTrue(r.stories() > r.goldStories() / 3 && r.stories() < 1000, r.format());
        assertTrue(r.quality().recall() > 0.9, r.format());
        assertTrue(r.activeStories() <= r.stories());
    }
}
