package org.dossier.compare;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dossier.group.events.StoryEvent;

/**
 * Says in plain words what a discrepancy is about: "length of the meeting in Brennholm on 14 March 2025",
 * "number of boats", "how the talks were described".
 *
 * <p>The event is named only when the story has several, by its place and date (the date only when the text gave
 * it, not when it was guessed from a publication date).
 */
final class Subjects {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Subjects() {
    }

    /** The subject of a slot of figures, from one of its statements. */
    static String of(Observation o, Occasions occasions) {
        String event = event(o.occasion(), occasions);
        return switch (o.kind()) {
            case DURATION -> "length of the " + o.noun() + event;
            case COUNT -> "number of " + o.noun().toLowerCase(Locale.ROOT) + event;
            default -> "figure in " + (o.head().equals("percent") ? "percent" : o.head() + "s") + " ("
                    + o.shown() + ")" + event;
        };
    }

    /** The subject of a characterisation slot. */
    static String described(String noun, int occasion, Occasions occasions) {
        String verb = noun.endsWith("s") && !noun.endsWith("ss") ? "were" : "was";
        return "how the " + noun + event(occasion, occasions) + " " + verb + " described";
    }

    /** " in Brennholm on 14 March 2025", or "" when the story has one event. */
    private static String event(int occasion, Occasions occasions) {
        StoryEvent e = occasions.event(occasion);
        if (e == null || occasions.count() < 2) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (e.where() != null) {
            sb.append(" in ").append(e.where());
        }
        if (e.when() != null && !e.whenFromPublication()) {
            sb.append(" on ").append(DAY.format(e.when()));
        }
        return sb.length() == 0 ? " (" + e.id() + ")" : sb.toString();
    }
}
