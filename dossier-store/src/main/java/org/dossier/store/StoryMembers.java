package org.dossier.store;

import java.util.List;
import java.util.Objects;

/**
 * A story with its articles.
 *
 * @param story    the listing line
 * @param articles its stored articles in arrival order, near-duplicates included
 */
public record StoryMembers(StoredStory story, List<StoredArticle> articles) {
    public StoryMembers {
        Objects.requireNonNull(story, "story");
        articles = List.copyOf(articles);
    }
}
