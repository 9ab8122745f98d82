package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * Outlets giving different values for the same thing, side by side: "35 minutes" [2][5] against "50 minutes" [4].
 *
 * <p>Values that can both be true ("35 minutes" and "more than 30 minutes", "Monday" and "10 March") are
 * {@linkplain Verdict#COMPATIBLE compatible}; values that cannot are {@linkplain Verdict#CONFLICTING conflicting}.
 *
 * @param subject  what the values are about, in words from the sources ("length of the Friday meeting",
 *                 "number of boats seized")
 * @param kind     what sort of value differs
 * @param verdict  whether the values can all be true at once
 * @param values   the distinct values, each with the sources stating it; at least two
 */
public record Discrepancy(String subject, Kind kind, Verdict verdict, List<StatedValue> values) {
    public Discrepancy {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(verdict, "verdict");
        values = List.copyOf(values);
        if (values.size() < 2) {
            throw new IllegalArgumentException("a discrepancy needs at least two values");
        }
    }

    /** What sort of value the outlets differ on. */
    public enum Kind {
        /** An amount or figure: "4.2 million euros", "12 percent". */
        NUMBER,
        /** How many of something: "40 boats", "dozens of protesters". */
        COUNT,
        /** How long something lasted: "35 minutes", "an hour and a half". */
        DURATION,
        /** When something happened: "Monday", "10 March". */
        DATE,
        /** The words used to characterise the same thing: "constructive" against "tense". */
        CHARACTERISATION
    }

    /** Whether the values can all be true at once. */
    public enum Verdict {
        /** They can: one is a bound, a rounding or a vaguer form of the other. */
        COMPATIBLE,
        /** They cannot all be true. */
        CONFLICTING
    }

    /**
     * One value as some sources state it.
     *
     * @param value     the value in the source's words ("50 minutes")
     * @param citations the sentences stating it, one or more per source; never empty
     */
    public record StatedValue(String value, List<Citation> citations) {
        public StatedValue {
            Objects.requireNonNull(value, "value");
            citations = List.copyOf(citations);
            if (citations.isEmpty()) {
                throw new IllegalArgumentException("a stated value must cite its sources");
            }
        }
    }
}
