package org.dossier.store;

import java.util.List;
import org.dossier.model.Article;

/**
 * What the store needs to know about a cleaned article to decide whether it is new: its key, the hash of its text,
 * its shingles and its LSH band keys.
 *
 * <p>Computing a fingerprint is the costly part of deduplication and needs no store, so {@link #of(Article)} is
 * safe to call from worker threads while one thread writes to the store.
 *
 * @param key         the idempotency key (see {@link ArticleKeys#key})
 * @param id          the store id derived from the key
 * @param contentHash SHA-256 of the cleaned text
 * @param shingles    the text's shingle sets ({@link Shingles.Profile}: all, distinctive, opening)
 * @param bandKeys    one LSH key per MinHash band (of all the shingles)
 */
public record Fingerprint(String key, String id, String contentHash, Shingles.Profile shingles,
                          List<String> bandKeys) {

    /** The fingerprint of an already cleaned article. */
    public static Fingerprint of(Article cleaned) {
        String hash = ArticleKeys.contentHash(cleaned.text());
        String key = ArticleKeys.key(cleaned.url(), hash);
        Shingles.Profile shingles = Shingles.profile(cleaned.text());
        return new Fingerprint(key, ArticleKeys.idFor(key), hash, shingles,
                List.copyOf(MinHash.bandKeys(MinHash.signature(shingles.all()))));
    }
}
