package org.dossier.group.stories;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An inverted index from features to the active stories whose centroids feature them strongly, so that finding
 * the stories an article might belong to costs the length of a few posting lists, not the number of stories.
 *
 * <p>Each story is listed under the {@value #KEYS_PER_STORY} strongest terms and as many strongest names of its
 * centroid; an article looks up its own {@value #KEYS_PER_ARTICLE} strongest terms and names. An article of the
 * story shares some of its strongest words with the story's strongest words (its people, its place, what
 * happened), while a posting list only holds stories that are still active, so its length depends on how much
 * news is in flight, not on how long the stream has run. Mutable; owned by one {@link StoryClusterer}.
 */
final class CandidateIndex {
    static final int KEYS_PER_STORY = 24;
    static final int KEYS_PER_ARTICLE = 12;
    /**
     * A feature listing more active stories than this is too common to find an article's story by (a generic word
     * of one kind of news, "strike", "police"); it is only used when the article has no rarer feature in the index.
     * Without this bound the work per article would grow with the number of active stories of its kind.
     */
    static final int MAX_POSTING = 64;

    private final Map<String, Set<StoryState>> terms = new HashMap<>();
    private final Map<String, Set<StoryState>> names = new HashMap<>();

    /**
     * Re-lists {@code story} under the current strongest features of its centroids, when its size is 1, 2, 3, 4,
     * then every fourth member: a story's strongest features settle as it grows, and re-sorting a centroid on every
     * addition would cost more than all the rest of an assignment.
     */
    void update(StoryState story, StreamFrequencies df) {
        int size = story.members.size();
        if (size > 4 && size % 4 != 0) {
            return;
        }
        List<String> newTerms = story.terms.strongest(df.terms(), KEYS_PER_STORY);
        List<String> newNames = story.names.strongest(df.names(), KEYS_PER_STORY);
        relist(terms, story, story.indexedTerms, newTerms);
        relist(names, story, story.indexedNames, newNames);
        story.indexedTerms = newTerms;
        story.indexedNames = newNames;
    }

    /** Re-lists {@code story} now, whatever its size: a revision changed its members. */
    void refresh(StoryState story, StreamFrequencies df) {
        List<String> newTerms = story.terms.strongest(df.terms(), KEYS_PER_STORY);
        List<String> newNames = story.names.strongest(df.names(), KEYS_PER_STORY);
        relist(terms, story, story.indexedTerms, newTerms);
        relist(names, story, story.indexedNames, newNames);
        story.indexedTerms = newTerms;
        story.indexedNames = newNames;
    }

    /** Lists a restored story under the features it was listed under when saved. */
    void restore(StoryState story) {
        relist(terms, story, List.of(), story.indexedTerms);
        relist(names, story, List.of(), story.indexedNames);
    }

    /** Takes a retiring story out of the index. */
    void remove(StoryState story) {
        relist(terms, story, story.indexedTerms, List.of());
        relist(names, story, story.indexedNames, List.of());
        story.indexedTerms = List.of();
        story.indexedNames = List.of();
    }

    /**
     * The stories sharing at least one of the article's strongest terms or names, each with a rough score (the
     * sum of the article's weights on the shared features, terms and names alike) to rank them before the full
     * comparison. The sums are accumulated in the article's feature order, so they do not depend on hash order.
     */
    Map<StoryState, double[]> candidates(ArticleVectors article) {
        Map<StoryState, double[]> found = new HashMap<>();
        collect(terms, article.terms(), found, MAX_POSTING);
        collect(names, article.names(), found, MAX_POSTING);
        if (found.isEmpty()) {
            collect(terms, article.terms(), found, Integer.MAX_VALUE);
            collect(names, article.names(), found, Integer.MAX_VALUE);
        }
        return found;
    }

    private static void collect(Map<String, Set<StoryState>> index, FamilyVector v, Map<StoryState, double[]> found,
                                int maxPosting) {
        for (int i = 0; i < v.size() && i < KEYS_PER_ARTICLE; i++) {
            Set<StoryState> posting = index.get(v.feature(i));
            if (posting == null || posting.size() > maxPosting) {
                continue;
            }
            double w = v.weight(i);
            for (StoryState s : posting) {
                double[] score = found.get(s);
                if (score == null) {
                    found.put(s, new double[] {w});
                } else {
                    score[0] += w;
                }
            }
        }
    }

    private static void relist(Map<String, Set<StoryState>> index, StoryState story, List<String> before,
                               List<String> after) {
        Set<String> keep = new HashSet<>(after);
        for (String f : before) {
            if (!keep.contains(f)) {
                Set<StoryState> posting = index.get(f);
                if (posting != null) {
                    posting.remove(story);
                    if (posting.isEmpty()) {
                        index.remove(f);
                    }
                }
            }
        }
        for (String f : after) {
            index.computeIfAbsent(f, k -> new HashSet<>()).add(story);
        }
    }

    /** Total entries over all posting lists (for tests and benchmarks: it must not grow with the stream). */
    int entries() {
        int n = 0;
        for (Set<StoryState> s : terms.values()) {
            n += s.size();
        }
        for (Set<StoryState> s : names.values()) {
            n += s.size();
        }
        return n;
    }
}
