package org.dossier.analyse.dates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One date expression found in a text, with what it means when that can be worked out.
 *
 * <p>Absolute dates ("September 28, 2015") resolve on their own. Relative ones ("Monday", "last year") need an
 * anchor, normally the article's publication date; without one they stay unresolved ({@code resolved == null})
 * but are still reported, with {@link #relative()} set, so a reader can show "Monday (relative to the article
 * date)" instead of silently dropping them.
 *
 * @param text        the expression exactly as written ("last Friday")
 * @param start       offset of its first character in the tagged text
 * @param end         offset just past its last character
 * @param resolved    the first day of the period it names, or {@code null} when it cannot be resolved
 * @param granularity how precise it is (a day, a week, a month, a year)
 * @param relative    whether its meaning depends on an anchor ("Monday", "today", a day without a year)
 * @param anchor      the date it was resolved against, {@code null} for absolute dates and when none was known
 * @param expression  a normalised, TIMEX-like value: {@code 2015-09-28}, {@code 2014-06}, {@code 2014},
 *                    {@code 2025-W11} for a week; unresolved ones keep their rule: {@code MONDAY/past},
 *                    {@code TODAY}, {@code YEAR-1}, {@code XXXX-09-28}
 */
public record TemporalMention(String text, int start, int end, LocalDate resolved, Granularity granularity,
                              boolean relative, LocalDate anchor, String expression) {

    public TemporalMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(expression, "expression");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** Whether the mention names a date that could be worked out. */
    public boolean isResolved() {
        return resolved != null;
    }

    /** Whether it names one resolved day (the kind of mention that can date an event). */
    public boolean isResolvedDay() {
        return resolved != null && granularity == Granularity.DAY;
    }

    /** What to show a reader: the normalised value, or the expression with its anchor problem spelt out. */
    public String display() {
        if (resolved != null) {
            return expression;
        }
        return "\"" + text + "\" (relative, no anchor date)";
    }
}
