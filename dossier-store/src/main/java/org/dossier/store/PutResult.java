package org.dossier.store;

/**
 * What {@link ArticleStore#put} did with one article. The article is durable only once a later
 * {@link ArticleStore#commit()} has returned.
 *
 * @param outcome     stored, already stored, or stored as a near-duplicate
 * @param id          store id of the article (for {@link Outcome#ALREADY_STORED}, of the copy already there)
 * @param duplicateOf for a near-duplicate, the store id of its original; else null
 */
public record PutResult(Outcome outcome, String id, String duplicateOf) {

    /** The three things that can happen to an article handed to the store. */
    public enum Outcome {
        /** New: stored. */
        STORED,
        /** Stored, and linked to an earlier article it nearly duplicates (syndicated copy, updated version). */
        NEAR_DUPLICATE,
        /** Its key (normalised URL, or text hash) was already in the store: nothing was written. */
        ALREADY_STORED
    }
}
