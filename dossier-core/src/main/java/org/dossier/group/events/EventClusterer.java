package org.dossier.group.events;

import java.util.List;

/**
 * Groups documents into events: {@link DocumentSimilarity} to compare them, {@link AverageLinkClustering} to
 * group them. The one place that fixes the similarity weights and the merge thresholds, so that the story-level
 * {@link EventSeparator} and a stream-level clustering of many stories share one notion of "reports of one event".
 *
 * <p>Two settings, because the collection the term weights are computed over changes what the numbers mean:
 * <ul>
 *   <li>{@link #forStory()}: the documents are the articles of one story. The IDF discounts the story's shared
 *       subject, so similarities are small and an absolute threshold of {@value #STORY_THRESHOLD} separates the
 *       events;</li>
 *   <li>{@link #forStream()}: the documents are a whole news stream. Similarities are first measured relative to
 *       each document's nearest neighbour ({@link DocumentSimilarity#relativeToNearestNeighbours()}), then
 *       merged at {@value #STREAM_THRESHOLD}.</li>
 * </ul>
 * Both thresholds were chosen on the ECB+ development file by a sweep ({@code EcbEventGate --sweep}); the figures
 * are flat around them (see {@code docs/events.md}). Nothing about the number of events is given to the clustering.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventClusterer {
    /** Least average similarity for two groups of a story's articles to be one event. */
    public static final double STORY_THRESHOLD = 0.055;
    /** Least average nearest-neighbour-relative similarity for two groups of a stream to be one story. */
    public static final double STREAM_THRESHOLD = 0.45;

    private final DocumentSimilarity.Weights weights;
    private final AverageLinkClustering clustering;
    private final boolean relative;

    /**
     * @param weights   how much terms, names and dates count
     * @param threshold least average similarity to merge
     * @param relative  whether to measure similarities relative to nearest neighbours first (stream setting)
     */
    public EventClusterer(DocumentSimilarity.Weights weights, double threshold, boolean relative) {
        this.weights = weights;
        this.clustering = new AverageLinkClustering(threshold);
        this.relative = relative;
    }

    /** The setting for the articles of one story. */
    public static EventClusterer forStory() {
        return new EventClusterer(DocumentSimilarity.Weights.DEFAULT, STORY_THRESHOLD, false);
    }

    /** The setting for a stream of documents from many stories. */
    public static EventClusterer forStream() {
        return new EventClusterer(DocumentSimilarity.Weights.DEFAULT, STREAM_THRESHOLD, true);
    }

    /** The similarity this clusterer uses, over {@code documents}. */
    public DocumentSimilarity similarity(List<DocumentFeatures> documents) {
        DocumentSimilarity similarity = DocumentSimilarity.of(documents, weights);
        return relative ? similarity.relativeToNearestNeighbours() : similarity;
    }

    /** The event number of each document (0, 1, ... in order of first appearance). */
    public int[] cluster(List<DocumentFeatures> documents) {
        if (documents.isEmpty()) {
            return new int[0];
        }
        return clustering.cluster(similarity(documents).matrix());
    }
}
