package org.dossier.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A search of the store.
 *
 * @param text   what to look for: words (all required), {@code "quoted phrases"}, {@code a | b} for either,
 *               {@code -word} to exclude; English analysis, so "strikes" also finds "strike"
 * @param from   only articles published on or after this day, or null
 * @param to     only articles published on or before this day, or null
 * @param source only articles from this outlet (its name, any case) or host ({@code example.com}), or null
 * @param limit  how many groups (stories) to return, at least 1
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, String source, int limit) {
    /** Groups returned when no limit is given. */
    public static final int DEFAULT_LIMIT = 10;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the date range is empty: " + from + " is after " + to);
        }
    }

    /** A query without filters and the default limit. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, DEFAULT_LIMIT);
    }
}
