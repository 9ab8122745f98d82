package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * Who is who: one person, organisation, place or group, with every name the sources use for it.
 *
 * @param name      the canonical name ("Ilse Varnholt", "United Nations")
 * @param kind      {@code "person"}, {@code "organisation"}, {@code "place"}, {@code "group"} or
 *                  {@code "other"}
 * @param aliases   the other names used ("Varnholt", "Ms Varnholt", "the Dunmere prime minister"), most frequent
 *                  first
 * @param mentions  how often each source mentions it, in source order
 * @param citations for each source, the first sentence that mentions it; never empty
 */
public record EntityReport(String name, String kind, List<String> aliases, List<SourceMentions> mentions,
                           List<Citation> citations) {
    public EntityReport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("an entity must cite at least one source sentence");
        }
    }

    /** How many times one source mentions an entity. */
    public record SourceMentions(int source, int count) {
    }
}
