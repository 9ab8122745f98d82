package org.dossier.group.stories;

import java.time.LocalDate;

/**
 * A recent article as the clusterer keeps it so that its story can still be revised: what a listing needs (title,
 * outlet, date), when it arrived, the story it is in now, and its vectors as they were added to that story's
 * centroid (their IDF-free masses are what a revision re-weighs and what a move takes back out of the centroid).
 * The text is not kept. Mutable only in {@link #story}; owned by one {@link StoryClusterer}.
 */
final class WindowArticle {
    final String id;
    final String title;
    final String outlet;
    final LocalDate published;
    final long arrival;
    final ArticleVectors vectors;
    /** The id of the story the article is in now. */
    String story;

    WindowArticle(String id, String title, String outlet, LocalDate published, long arrival, ArticleVectors vectors,
                  String story) {
        this.id = id;
        this.title = title;
        this.outlet = outlet;
        this.published = published;
        this.arrival = arrival;
        this.vectors = vectors;
        this.story = story;
    }
}
