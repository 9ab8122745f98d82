package org.dossier.group.stories;

import org.dossier.group.events.DocumentSimilarity;

/**
 * The few knobs of the {@link StoryClusterer}, each with the reason for its default.
 *
 * @param threshold        least similarity an article needs to a story to join it: its estimated mean similarity to
 *                         the story's members (average linkage, see {@link StoryClusterer}). The only value fitted
 *                         to data (the ECB+ development stream, see {@code docs/stories.md})
 * @param windowDays       a dated article can join a story whose dates come within this many days of its own date;
 *                         an event-level story rarely runs longer without a gap, while two events of the same kind
 *                         (two strikes at one port) are usually further apart
 * @param windowArrivals   the same for undated articles, counted in articles that arrived since the story was last
 *                         updated
 * @param articleTerms     how many of an article's terms (and, separately, names) represent it, strongest first:
 *                         the long tail of words used once barely moves a cosine but costs memory
 * @param storyTerms       how many terms (and names) a story's centroid keeps, strongest first; bounds the memory of
 *                         a story however many members it has
 * @param candidates       how many candidate stories found through the index are scored in full
 * @param maxActiveStories a hard bound on the stories kept in memory: beyond it the least recently updated story
 *                         retires early, whatever the windows say (memory stays bounded even for a stream that is
 *                         all singletons)
 * @param weights          how terms, names and dates count, as in the event clustering
 *                         ({@link DocumentSimilarity.Weights#DEFAULT})
 */
public record StorySettings(double threshold, int windowDays, int windowArrivals, int articleTerms, int storyTerms,
                            int candidates, int maxActiveStories, DocumentSimilarity.Weights weights) {

    /** The defaults; see each component for why. */
    public static final StorySettings DEFAULT = new StorySettings(0.11, 14, 20_000, 40, 150, 12, 20_000,
            DocumentSimilarity.Weights.DEFAULT);

    public StorySettings {
        if (threshold <= 0 || threshold >= 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1): " + threshold);
        }
        if (windowDays < 0 || windowArrivals < 1 || articleTerms < 1 || storyTerms < articleTerms || candidates < 1
                || maxActiveStories < 1) {
            throw new IllegalArgumentException("invalid story settings: " + this);
        }
        if (weights == null) {
            throw new IllegalArgumentException("weights must be given");
        }
    }

    /** A copy with another threshold (for sweeps). */
    public StorySettings withThreshold(double newThreshold) {
        return new StorySettings(newThreshold, windowDays, windowArrivals, articleTerms, storyTerms, candidates,
                maxActiveStories, weights);
    }

    /** A copy with another window for dated articles. */
    public StorySettings withWindowDays(int days) {
        return new StorySettings(threshold, days, windowArrivals, articleTerms, storyTerms, candidates,
                maxActiveStories, weights);
    }

    /** A copy with other family weights. */
    public StorySettings withWeights(DocumentSimilarity.Weights newWeights) {
        return new StorySettings(threshold, windowDays, windowArrivals, articleTerms, storyTerms, candidates,
                maxActiveStories, newWeights);
    }

    /** A copy keeping another number of features per article (the story keeps at least as many). */
    public StorySettings withArticleTerms(int k) {
        return new StorySettings(threshold, windowDays, windowArrivals, k, Math.max(k, storyTerms), candidates,
                maxActiveStories, weights);
    }
}
