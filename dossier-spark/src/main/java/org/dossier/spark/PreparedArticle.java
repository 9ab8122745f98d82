package org.dossier.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.dossier.store.Shingles;

/**
 * A cleaned article with everything the later stages need, computed once where it was cleaned: the store's
 * idempotency key and id, the near-duplicate shingles and MinHash band keys, and the story features.
 *
 * @param seq          its place in the input (0 for the first article read): the arrival order the single-machine
 *                     clusterer would see, kept through every shuffle so that each block replays it
 * @param article      the cleaned article
 * @param key          the store's key ({@code url:...} or {@code text:...}): equal keys are the same article
 * @param storeId      the store id derived from the key; unique once exact duplicates are dropped
 * @param shingles     the store's near-duplicate profile of the text ({@link Shingles#encode}: all word shingles,
 *                     which of them are distinctive, which open the article)
 * @param nearDupBands the MinHash band keys the store uses to find near-duplicate candidates
 * @param features     the story features
 */
public record PreparedArticle(long seq, ArticleRow article, String key, String storeId, byte[] shingles,
                              List<String> nearDupBands, FeatureCounts features) implements Serializable {
    private static final long serialVersionUID = 1L;

    public LocalDate published() {
        return article.published();
    }

    /** The near-duplicate profile, decoded. */
    public Shingles.Profile profile() {
        return Shingles.decode(shingles, 0, shingles.length);
    }

    /** Whether the text is long enough to have shingles (very short texts are never near-duplicates). */
    public boolean hasShingles() {
        return shingles.length > Integer.BYTES; // the encoding opens with the shingle count, then the shingles
    }
}
