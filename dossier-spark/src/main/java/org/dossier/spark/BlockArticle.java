package org.dossier.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.dossier.group.stories.StreamArticle;

/**
 * What a window needs of one article to cluster it: no text, only the features and what a story listing shows.
 *
 * @param seq      arrival number (the order the block replays)
 * @param storeId  the article's id in the clusterer (the store id: unique once exact duplicates are gone)
 * @param title    headline, or null
 * @param outlet   publisher, or null
 * @param published publication date, or null
 * @param features story features
 * @param originalId for a near-duplicate, the store id of its original, whose story it joins; null otherwise
 * @param home     whether this window decides the article's story; false for a warm-up copy, which only tells the
 *                 window which of its stories continue stories of the window before (see {@link StoryBlocking})
 */
public record BlockArticle(long seq, String storeId, String title, String outlet, LocalDate published,
                           FeatureCounts features, String originalId, boolean home) implements Serializable {
    private static final long serialVersionUID = 1L;

    static BlockArticle of(PreparedArticle a, String originalId, boolean home) {
        return new BlockArticle(a.seq(), a.storeId(), a.article().title(), a.article().outlet(), a.published(),
                a.features(), originalId, home);
    }

    /** Whether this is a near-duplicate, which joins its original's story instead of being placed. */
    boolean isNearDuplicate() {
        return originalId != null;
    }

    StreamArticle toStreamArticle() {
        return new StreamArticle(storeId, published, outlet, title, features.toFeatures());
    }
}
