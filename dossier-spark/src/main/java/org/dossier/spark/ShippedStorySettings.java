package org.dossier.spark;

import java.io.Serializable;
import org.dossier.group.events.DocumentSimilarity;
import org.dossier.group.stories.StorySettings;

/**
 * {@link StorySettings} in a form Spark can send to the tasks that cluster the blocks: the core's records are not
 * {@code Serializable} (the core knows nothing of Spark), so the job ships these numbers and rebuilds the settings
 * on the executor.
 */
record ShippedStorySettings(double threshold, int windowDays, int windowArrivals, int articleTerms, int storyTerms,
                            int candidates, int maxActiveStories, double termWeight, double nameWeight,
                            double dateWeight, double leadWeight) implements Serializable {
    private static final long serialVersionUID = 1L;

    static ShippedStorySettings of(StorySettings s) {
        DocumentSimilarity.Weights w = s.weights();
        return new ShippedStorySettings(s.threshold(), s.windowDays(), s.windowArrivals(), s.articleTerms(),
                s.storyTerms(), s.candidates(), s.maxActiveStories(), w.terms(), w.names(), w.dates(), w.leads());
    }

    StorySettings toSettings() {
        return new StorySettings(threshold, windowDays, windowArrivals, articleTerms, storyTerms, candidates,
                maxActiveStories, new DocumentSimilarity.Weights(termWeight, nameWeight, dateWeight, leadWeight));
    }
}
