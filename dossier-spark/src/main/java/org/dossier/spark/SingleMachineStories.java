package org.dossier.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.group.stories.Story;
import org.dossier.group.stories.StoryChange;
import org.dossier.group.stories.StoryClusterer;
import org.dossier.group.stories.StorySettings;
import org.dossier.group.stories.StreamArticle;
import org.dossier.model.Article;
import org.dossier.store.NearDuplicatePolicy;

/**
 * The stories the single machine finds in the same input, without Spark: the reference the Spark job is compared
 * with (the tests, the ECB+ gate and the benchmark call it).
 *
 * <p>Same steps as the job, in one thread and without blocking: each article prepared by {@link ArticlePreparer}
 * (cleaned, fingerprinted, featurised); exact duplicates by key; near-duplicate families by the same candidate
 * rule ({@link NearDuplicateBuckets}) and policy; then <em>one</em> {@link StoryClusterer}, fed every distinct text
 * in input order from an empty start, as {@code dossier ingest} does: a near-duplicate joins its original's story
 * ({@link StoryClusterer#join}) and counts as a member, any other article is assigned. A near-duplicate's story in
 * the result is its original's.
 */
public final class SingleMachineStories {
    /**
     * The result.
     *
     * @param storyOf the story of every article that survived cleaning, by input position (0-based); duplicates
     *                have their original's story
     * @param stories how many stories
     */
    public record Result(Map<Integer, String> storyOf, int stories) {
    }

    private SingleMachineStories() {
    }

    public static Result cluster(List<Article> articles, StorySettings settings) {
        ArticlePreparer preparer = new ArticlePreparer();
        List<PreparedArticle> prepared = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            PreparedArticle a = preparer.prepare(i, ArticleRow.of(articles.get(i)));
            if (a != null) {
                prepared.add(a);
            }
        }
        // exact duplicates: the first of each key is kept
        Map<String, Long> firstOfKey = new HashMap<>();
        Map<Long, Long> duplicateOf = new HashMap<>();
        List<PreparedArticle> unique = new ArrayList<>();
        Map<Long, PreparedArticle> bySeq = new HashMap<>();
        for (PreparedArticle a : prepared) {
            Long first = firstOfKey.putIfAbsent(a.key(), a.seq());
            if (first != null) {
                duplicateOf.put(a.seq(), first);
            } else {
                unique.add(a);
                bySeq.put(a.seq(), a);
            }
        }
        // near-duplicate families, represented by their earliest member
        Map<String, List<Long>> buckets = new LinkedHashMap<>();
        for (PreparedArticle a : unique) {
            if (a.hasShingles()) {
                a.nearDupBands().forEach(b -> buckets.computeIfAbsent(b, k -> new ArrayList<>()).add(a.seq()));
            }
        }
        UnionFind families = new UnionFind();
        for (List<Long> bucket : buckets.values()) {
            for (long[] pair : NearDuplicateBuckets.candidatePairs(bucket)) {
                if (NearDuplicatePolicy.isNearDuplicate(bySeq.get(pair[0]).profile(), bySeq.get(pair[1]).profile())) {
                    families.union(pair[0], pair[1]);
                }
            }
        }
        StoryClusterer clusterer = new StoryClusterer(settings);
        Map<String, Long> seqOfId = new HashMap<>();
        Map<String, String> current = new HashMap<>(); // each placed article's story, following revisions
        for (PreparedArticle a : unique) {
            seqOfId.put(a.storeId(), a.seq());
            long root = families.find(a.seq());
            StreamArticle input = BlockArticle.of(a, null, true).toStreamArticle();
            // as the store does: a near-duplicate joins its original's story (and counts as a member of it)
            String story = root == a.seq() ? clusterer.assign(input).storyId()
                    : clusterer.join(input, current.get(bySeq.get(root).storeId())).storyId();
            current.put(a.storeId(), story);
            for (StoryChange move : clusterer.drainChanges().moves()) {
                current.put(move.articleId(), move.to());
            }
        }
        Map<Long, String> storyOfSeq = new HashMap<>();
        for (Story s : clusterer.stories()) {
            s.memberIds().forEach(id -> storyOfSeq.put(seqOfId.get(id), s.id()));
        }
        Map<Integer, String> out = new LinkedHashMap<>();
        for (PreparedArticle a : prepared) {
            long original = duplicateOf.getOrDefault(a.seq(), a.seq());
            out.put(Math.toIntExact(a.seq()), storyOfSeq.get(families.find(original)));
        }
        return new Result(out, clusterer.storyCount());
    }

    /** Union-find over arrival numbers; the root of a set is its smallest member. */
    private static final class UnionFind {
        private final Map<Long, Long> parent = new HashMap<>();

        long find(long x) {
            Long p = parent.get(x);
            if (p == null) {
                return x;
            }
            long root = find(p);
            parent.put(x, root);
            return root;
        }

        void union(long a, long b) {
            long ra = find(a);
            long rb = find(b);
            if (ra != rb) {
                parent.put(Math.max(ra, rb), Math.min(ra, rb));
            }
        }
    }
}
