package org.dossier.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.group.stories.Story;
import org.dossier.group.stories.StoryChange;
import org.dossier.group.stories.StoryClusterer;
import org.dossier.group.stories.StorySettings;

/**
 * Clusters one window with the single-machine {@link StoryClusterer}: its articles in arrival order, one at a time,
 * exactly as {@code dossier ingest} would feed them (a near-duplicate joins its original's story, any other article
 * is assigned), starting from the whole input's document frequencies ({@link GlobalFrequencies}). The stories are
 * read from the clusterer's final listing, so every revision it made on the way is included.
 */
final class BlockClusterer {
    /** An article's story in this block, and that story's headline (its most central member's title). */
    record Labelled(long seq, String story, boolean home, String headline) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    private BlockClusterer() {
    }

    /**
     * The story of every article of the window except the near-duplicates (their story is their original's).
     *
     * @param block    the block's articles, in any order (sorted here by arrival)
     * @param blockKey prefixed to the clusterer's story ids so that labels of different blocks never meet
     */
    static List<Labelled> cluster(List<BlockArticle> block, String blockKey, GlobalFrequencies df,
                                  StorySettings settings) {
        List<BlockArticle> sorted = new ArrayList<>(block);
        sorted.sort(Comparator.comparingLong(BlockArticle::seq));
        List<FeatureCounts> features = new ArrayList<>(sorted.size());
        sorted.forEach(a -> features.add(a.features()));
        StoryClusterer clusterer = df.clustererFor(features, settings);
        Map<String, BlockArticle> byId = new HashMap<>();
        Map<String, String> current = new HashMap<>(); // each placed article's story, following revisions
        for (BlockArticle a : sorted) {
            byId.put(a.storeId(), a);
            // a near-duplicate joins its original's story as in the store; when the original is not in this
            // window, or its story has closed, join places it like any article
            String story = a.isNearDuplicate()
                    ? clusterer.join(a.toStreamArticle(), current.get(a.originalId())).storyId()
                    : clusterer.assign(a.toStreamArticle()).storyId();
            current.put(a.storeId(), story);
            for (StoryChange move : clusterer.drainChanges().moves()) {
                current.put(move.articleId(), move.to());
            }
        }
        List<Labelled> out = new ArrayList<>(sorted.size());
        for (Story story : clusterer.stories()) {
            for (String member : story.memberIds()) {
                BlockArticle a = byId.get(member);
                if (!a.isNearDuplicate()) { // a near-duplicate's story is its original's, found later
                    out.add(new Labelled(a.seq(), blockKey + "/" + story.id(), a.home(), story.headline()));
                }
            }
        }
        return out;
    }
}
