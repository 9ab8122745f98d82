package org.dossier.group.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dossier.analyse.dates.Granularity;
import org.dossier.model.Sentence;

/**
 * One point of a story's timeline: a date, what the coverage says happened then, and who says it.
 *
 * @param date        the first day of the period (see {@code granularity})
 * @param granularity whether it is a day, a week, a month or a year
 * @param eventId     the {@link StoryEvent#id()} when this is the date of one of the story's events, else null
 * @param sentence    a sentence that mentions the date (for an event, its "what" sentence)
 * @param articles    indices of the articles that mention the date, ascending
 * @param mentions    for each article that mentions the date in its text, the sentence that does (the first one
 *                    long enough to say something), in article order; lets a briefing cite every outlet, not only
 *                    the one whose sentence is shown. An event's entry may list more {@code articles} than
 *                    {@code mentions}: an article can report the event without naming its date.
 */
public record TimelineEntry(LocalDate date, Granularity granularity, String eventId, Sentence sentence,
                            List<Integer> articles, List<Sentence> mentions) {
    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(sentence, "sentence");
        articles = List.copyOf(articles);
        mentions = List.copyOf(mentions);
    }

    /** An entry that keeps only its one shown sentence as evidence (the shape before {@code mentions} existed). */
    public TimelineEntry(LocalDate date, Granularity granularity, String eventId, Sentence sentence,
                         List<Integer> articles) {
        this(date, granularity, eventId, sentence, articles, List.of(sentence));
    }

    /** Whether this entry is one of the story's events rather than a dated fact around them. */
    public boolean isEvent() {
        return eventId != null;
    }
}
