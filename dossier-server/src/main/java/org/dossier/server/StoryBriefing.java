package org.dossier.server;

import java.util.List;
import java.util.Objects;
import org.dossier.model.Briefing;
import org.dossier.store.StoredArticle;
import org.dossier.store.StoredStory;

/**
 * A story of the store with its briefing, as the story page and {@code GET /api/stories/{id}} show it.
 *
 * @param story        the listing line (size, sources, dates, headline)
 * @param articles     every article of the story in arrival order, near-duplicates included
 * @param briefed      the articles that were briefed, in source-number order (source [1] first)
 * @param maxArticles  the cap in force: at most this many articles are briefed
 * @param copiesLeftOut how many near-duplicate copies were left out because their original is in the story
 * @param briefing     the briefing of {@code briefed}
 * @param briefingJson the same briefing in the JSON format of {@code docs/json-format.md}
 */
record StoryBriefing(StoredStory story, List<StoredArticle> articles, List<StoredArticle> briefed, int maxArticles,
                     int copiesLeftOut, Briefing briefing, String briefingJson) {
    StoryBriefing {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(briefing, "briefing");
        Objects.requireNonNull(briefingJson, "briefingJson");
        articles = List.copyOf(articles);
        briefed = List.copyOf(briefed);
    }

    /** Articles not briefed because of the cap (copies not counted). */
    int cappedOut() {
        return articles.size() - copiesLeftOut - briefed.size();
    }
}
