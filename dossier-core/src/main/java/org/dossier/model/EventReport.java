package org.dossier.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One distinct event of the story as a briefing shows it: what happened, where, when, who took part, how long it
 * lasted, and which sources report it.
 *
 * @param id                "E1", "E2", ... in date order (undated events last); timeline entries refer to it
 * @param what              the sentence that best says what happened, as written by the first cited source
 * @param where             the place, or null when the coverage does not make it clear
 * @param when              the day it happened, or null when unknown
 * @param whenFromPublication true when {@code when} is only the earliest publication date of its articles, because
 *                          no sentence dates the event itself
 * @param whenStated        when {@code when} is null: the day as the sources write it ("Monday evening", "Sunday"),
 *                          a relative expression that no publication date could resolve; null otherwise
 * @param who               the people most often named in its coverage, most sources first
 * @param duration          how long it lasted in the words most of its sources use ("about 90 minutes"), or null
 * @param sources           numbers of every source reporting the event, ascending
 * @param citations         the source sentences that state {@code what} (first: the one shown); never empty
 */
public record EventReport(String id, String what, String where, LocalDate when, boolean whenFromPublication,
                          String whenStated, List<String> who, String duration, List<Integer> sources,
                          List<Citation> citations) {
    public EventReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(what, "what");
        who = List.copyOf(who);
        sources = List.copyOf(sources);
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("an event must cite at least one source sentence");
        }
    }

    /** An event without a stated relative day (the signature before {@code whenStated} existed). */
    public EventReport(String id, String what, String where, LocalDate when, boolean whenFromPublication,
                       List<String> who, String duration, List<Integer> sources, List<Citation> citations) {
        this(id, what, where, when, whenFromPublication, null, who, duration, sources, citations);
    }
}
