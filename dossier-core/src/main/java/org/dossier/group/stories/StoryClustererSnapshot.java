package org.dossier.group.stories;

import java.util.List;
import java.util.Map;

/**
 * Everything a {@link StoryClusterer} knows, as plain records: what a store saves so that clustering resumes
 * after a restart exactly where it stopped (the same further assignments as if it had never stopped). Write and
 * read it as JSON with {@link StorySnapshots}. Dates are ISO strings ({@code 2026-03-14}) so that the form needs
 * no date module.
 *
 * @param version    format version, {@value #VERSION}
 * @param settings   the settings the clusterer ran with
 * @param arrivals   how many articles it has been given
 * @param latestDate the latest publication date seen, or null
 * @param nextNumber the number the next story will get
 * @param terms      document frequencies of content terms
 * @param names      document frequencies of names
 * @param dates      document frequencies of reported days
 * @param active     the active stories, least recently updated first
 * @param retired    the retired stories, oldest first
 * @param revising   whether the clusterer revises earlier decisions (version 2; absent in version 1: no)
 * @param window     the recent articles a revision may still move, oldest first (version 2)
 * @param lastWindowRevision the arrival count at the last whole-window re-clustering (version 2)
 */
public record StoryClustererSnapshot(int version, StorySettings settings, long arrivals, String latestDate,
                                     long nextNumber, Frequencies terms, Frequencies names, Frequencies dates,
                                     List<ActiveStory> active, List<RetiredStory> retired,
                                     boolean revising, List<WindowEntry> window, long lastWindowRevision) {
    /** Version 2 added {@code revising} and {@code window}; version 1 snapshots still restore (single pass). */
    public static final int VERSION = 2;

    public StoryClustererSnapshot {
        window = window == null ? List.of() : window;
    }

    /** A snapshot without a revision window (the version 1 form). */
    public StoryClustererSnapshot(int version, StorySettings settings, long arrivals, String latestDate,
                                  long nextNumber, Frequencies terms, Frequencies names, Frequencies dates,
                                  List<ActiveStory> active, List<RetiredStory> retired) {
        this(version, settings, arrivals, latestDate, nextNumber, terms, names, dates, active, retired, false,
                List.of(), 0);
    }

    /**
     * A recent article: what a listing needs, when it arrived, its story, and the IDF-free masses of its kept
     * features per family (see {@code FamilyVector}).
     */
    public record WindowEntry(String id, String title, String outlet, String published, long arrival, String story,
                              Map<String, Double> terms, Map<String, Double> names, Map<String, Double> dates) {
    }

    /** Document frequencies: how many documents were counted, and each feature's count. */
    public record Frequencies(long documents, Map<String, Integer> counts) {
    }

    /** A centroid: members counted and the mass of each feature. */
    public record CentroidState(int members, Map<String, Double> mass) {
    }

    /** A headline candidate: a titled member and its similarity to the story when it joined. */
    public record Exemplar(String id, String title, double score) {
    }

    /** An active story with everything needed to go on adding to it. */
    public record ActiveStory(String id, long number, List<String> members, List<String> outlets, String first,
                              String last, long lastArrival, CentroidState terms,
                              CentroidState names, CentroidState dates, List<Exemplar> exemplars,
                              List<String> indexedTerms, List<String> indexedNames) {
    }

    /** A retired story: only what a listing shows. */
    public record RetiredStory(String id, List<String> members, List<String> sources, String first, String last,
                               String headline) {
    }
}
