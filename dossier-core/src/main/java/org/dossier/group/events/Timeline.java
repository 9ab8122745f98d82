package org.dossier.group.events;

import java.util.List;

/**
 * The events of a story and the dated facts around them, in date order: the harbour dues rose in January, boats
 * were seized in February, the leaders met on 10 March and again on 14 March, the working group meets on 7 April.
 *
 * <p>Entries are sorted by date; a coarser period sorts before a finer one starting the same day ("March 2025"
 * before "10 March 2025"). Only resolved dates appear: a story without publication dates has a timeline of its
 * absolute dates only.
 *
 * @param entries the entries, in order
 */
public record Timeline(List<TimelineEntry> entries) {
    public Timeline {
        entries = List.copyOf(entries);
    }

    /** Only the entries that are events of the story. */
    public List<TimelineEntry> events() {
        return entries.stream().filter(TimelineEntry::isEvent).toList();
    }
}
