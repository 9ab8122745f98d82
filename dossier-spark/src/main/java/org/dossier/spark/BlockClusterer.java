package org.dossier.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.group.stories.Story;
import org.dossier.group.stories.StoryClusterer;
import org.dossier.group.stories.StorySettings;

/**
 * Clusters one block with the single-machine {@link StoryClusterer}: the block's articles in arrival order, one at
 * a time, exactly as {@code dossier ingest} would feed them, starting from the whole input's document frequencies
 * ({@link GlobalFrequencies}). The stories are read from the clusterer's final listing, so every revision it made
 * on the way is included.
 */
final class BlockClusterer {
    /** An article's story in this block, and that story's headline (its most central member's title). */
    record Labelled(long seq, String story, boolean home, String headline) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    private BlockClusterer() {
    }

    /**
     * The story of every article of the block.
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
        for (BlockArticle a : sorted) {
            byId.put(a.storeId(), a);
            clusterer.assign(a.toStreamArticle());
            clusterer.drainChanges(); // only the final listing matters here; draining keeps the list from growing
        }
        List<Labelled> out = new ArrayList<>(sorted.size());
        for (Story story : clusterer.stories()) {
            for (String member : story.memberIds()) {
                BlockArticle a = byId.get(member);
                out.add(new Labelled(a.seq(), blockKey + "/" + story.id(), a.home(), story.headline()));
            }
        }
        return out;
    }
}
