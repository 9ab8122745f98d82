package org.dossier.store;

import java.util.Objects;
import org.dossier.model.Article;

/**
 * An article as kept in the store: the cleaned article plus what the store added.
 *
 * @param id          store id (16 hex digits derived from the idempotency key; stable across runs)
 * @param article     the cleaned article; its {@code id} is the one the input gave (file name, JSON id, URL)
 * @param contentHash SHA-256 of the cleaned text
 * @param duplicateOf store id of the article this one is a near-duplicate of (the first one stored), or null
 * @param story       story id given by a {@link StoryAssigner} or {@link ArticleStore#assignStory}, or null
 * @param header      the page header cleaning removed (headline of an untitled page, dateline, address; see
 *                    {@link PageHeader}), kept for the story clusterer; null when there was none or the article was
 *                    put without one
 */
public record StoredArticle(String id, Article article, String contentHash, String duplicateOf, String story,
                            String header) {
    public StoredArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
    }

    /** A stored article without a page header (as before headers were kept). */
    public StoredArticle(String id, Article article, String contentHash, String duplicateOf, String story) {
        this(id, article, contentHash, duplicateOf, story, null);
    }

    /** The key results are grouped by: the story when known, else the original of a near-duplicate, else itself. */
    public String groupKey() {
        return story != null ? "story:" + story : "article:" + (duplicateOf != null ? duplicateOf : id);
    }
}
