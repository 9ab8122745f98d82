package org.dossier.assemble;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The parts of a briefing beyond the summary, which can be switched on and off one by one
 * ({@code dossier brief --sections events,quotes}).
 *
 * <p>Leaving a section out saves the time of the stages only it needs: without {@link #QUOTES} and
 * {@link #ENTITIES} the entity linker does not run; without {@link #EVENTS}, {@link #TIMELINE} and
 * {@link #COMPARISON} the event separator does not run.
 */
public enum Section {
    /** The distinct events of the story: what, where, when, who, how long, which sources. */
    EVENTS("events"),
    /** The dated facts and events in date order. */
    TIMELINE("timeline"),
    /** Who said what, merged across outlets. */
    QUOTES("quotes"),
    /** Who is who: people, organisations, places and groups with their aliases. */
    ENTITIES("entities"),
    /** Claims several outlets report and values they state differently (agreements and discrepancies). */
    COMPARISON("comparison");

    private final String label;

    Section(String label) {
        this.label = label;
    }

    /** The lower-case name used on the command line and in messages: {@code "events"}, {@code "comparison"}. */
    public String label() {
        return label;
    }

    /** Every section: what a briefing holds by default. */
    public static Set<Section> all() {
        return EnumSet.allOf(Section.class);
    }

    /**
     * The section called {@code name} (case-insensitive; {@code "agreements"} and {@code "discrepancies"} both
     * mean {@link #COMPARISON}, {@code "who"} means {@link #ENTITIES}).
     *
     * @throws IllegalArgumentException for an unknown name; the message lists the valid ones
     */
    public static Section parse(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (Section s : values()) {
            if (s.label.equals(key)) {
                return s;
            }
        }
        return switch (key) {
            case "agreements", "discrepancies", "compare" -> COMPARISON;
            case "who", "people", "entity" -> ENTITIES;
            case "event" -> EVENTS;
            case "quote" -> QUOTES;
            default -> throw new IllegalArgumentException("unknown section '" + name
                    + "'; valid sections: events, timeline, quotes, entities, comparison");
        };
    }
}
