package org.dossier.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One story as a listing shows it, computed from the store's own labels (so near-duplicates, which join their
 * original's story, are counted).
 *
 * @param id          the story id ("S17"), as given by the {@link StoryTracker}
 * @param size        how many stored articles carry it
 * @param sources     distinct outlets of its articles, in arrival order (articles without an outlet not counted)
 * @param first       earliest publication date among its articles, or null when none is dated
 * @param last        latest publication date, or null
 * @param headline    the clusterer's headline (title of its most central article) when known, else the title of
 *                    its first article that has one; null when no article has a title
 * @param lastArrival arrival number of its most recent article ({@link ArticleStore#arrivals()}): what "newest"
 *                    falls back on when dates are equal or missing
 */
public record StoredStory(String id, int size, List<String> sources, LocalDate first, LocalDate last, String headline,
                          long lastArrival) {
    public StoredStory {
        Objects.requireNonNull(id, "id");
        sources = List.copyOf(sources);
    }
}
