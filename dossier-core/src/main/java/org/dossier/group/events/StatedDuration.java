package org.dossier.group.events;

import java.time.Duration;
import java.util.Objects;

/**
 * How long something lasted, as one article states it: "about 90 minutes", "an hour and a half", "a 35-minute
 * meeting", "just over half an hour".
 *
 * @param length       the length, in minutes precision
 * @param text         the words that state it
 * @param approximate  whether it is hedged as a bound ("more than", "just over", "nearly"), which makes it weaker
 *                     evidence of the exact figure than a plain "35 minutes"
 * @param articleIndex the article that states it
 */
public record StatedDuration(Duration length, String text, boolean approximate, int articleIndex) {
    public StatedDuration {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(text, "text");
    }

    /** Length in whole minutes. */
    public long minutes() {
        return length.toMinutes();
    }
}
