package org.dossier.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One point of the story's timeline: a date, what the coverage says happened then, and the sentences that say so.
 *
 * @param date      the first day of the period
 * @param precision how precise the date is: {@code "day"}, {@code "week"}, {@code "month"} or {@code "year"}
 * @param eventId   the {@link EventReport#id()} when this is the date of one of the story's events, else null
 * @param text      a sentence that mentions the date, as written by the first cited source
 * @param citations the source sentences that mention the date; never empty
 */
public record TimelineItem(LocalDate date, String precision, String eventId, String text, List<Citation> citations) {
    public TimelineItem {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("a timeline item must cite at least one source sentence");
        }
    }
}
