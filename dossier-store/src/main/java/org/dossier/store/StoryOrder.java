package org.dossier.store;

import java.util.Comparator;
import java.util.Locale;

/** How a story listing is sorted. */
public enum StoryOrder {
    /** Most recent first: latest publication date, then latest arrival (undated stories after dated ones). */
    NEWEST(Comparator.comparing(StoredStory::last, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(StoredStory::lastArrival).reversed()),
    /** Most articles first; equal sizes newest first. */
    BIGGEST(Comparator.comparingInt(StoredStory::size).reversed().thenComparing(NEWEST.order));

    private final Comparator<StoredStory> order;

    StoryOrder(Comparator<StoredStory> order) {
        this.order = order;
    }

    /** The comparator that puts the first story of the listing first. */
    public Comparator<StoredStory> comparator() {
        return order;
    }

    /** Parses {@code newest} or {@code biggest}, any case. */
    public static StoryOrder parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sort must be newest or biggest, got '" + name + "'", e);
        }
    }
}
