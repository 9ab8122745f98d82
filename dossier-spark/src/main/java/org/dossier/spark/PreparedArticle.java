package org.dossier.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A cleaned article with everything the later stages need, computed once where it was cleaned: the store's
 * idempotency key and id, the near-duplicate shingles and MinHash band keys, and the story features.
 *
 * @param seq          its place in the input (0 for the first article read): the arrival order the single-machine
 *                     clusterer would see, kept through every shuffle so that each block replays it
 * @param article      the cleaned article
 * @param key          the store's key ({@code url:...} or {@code text:...}): equal keys are the same article
 * @param storeId      the store id derived from the key; unique once exact duplicates are dropped
 * @param shingles     sorted distinct word-shingle hashes (near-duplicate comparison)
 * @param nearDupBands the MinHash band keys the store uses to find near-duplicate candidates
 * @param features     the story features
 */
public record PreparedArticle(long seq, ArticleRow article, String key, String storeId, long[] shingles,
                              List<String> nearDupBands, FeatureCounts features) implements Serializable {
    private static final long serialVersionUID = 1L;

    public LocalDate published() {
        return article.published();
    }
}
