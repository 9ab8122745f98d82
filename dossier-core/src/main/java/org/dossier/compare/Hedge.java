package org.dossier.compare;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words in front of a figure that say how exact it is: "about 90", "more than 30", "nearly 40", "at least 12".
 *
 * <p>A hedge turns a figure into a range of values it allows ({@link #range(double, double)}), and two statements
 * can both be true exactly when their ranges overlap. That is the whole verdict rule of the compare stage for
 * numbers, counts and durations: "35 minutes" and "more than 30 minutes" overlap, "35 minutes" and "50 minutes"
 * do not.
 */
enum Hedge {
    /** No hedge: the figure as stated, allowed only its rounding tolerance. */
    EXACT,
    /** "about", "around", "roughly", "some", "approximately": a rounded figure, ten percent either way. */
    ABOUT,
    /** "just over", "a little more than", "slightly more than": up to a quarter above. */
    JUST_OVER,
    /** "more than", "over", "at least", "upwards of": above, but news would round up by then past one and a half. */
    MORE_THAN,
    /** "nearly", "almost", "just under", "close to": up to a fifth below. */
    NEARLY,
    /** "less than", "under", "up to", "at most": anything below. */
    LESS_THAN;

    private static final Pattern BEFORE = Pattern.compile("(?i)(?<hedge>a\\s+little\\s+(?:more|over)\\s+than|"
            + "slightly\\s+(?:more|over)\\s+than|just\\s+(?:over|more\\s+than)|a\\s+bit\\s+more\\s+than|"
            + "more\\s+than|over|at\\s+least|upwards\\s+of|in\\s+excess\\s+of|"
            + "nearly|almost|just\\s+(?:under|short\\s+of|less\\s+than)|close\\s+to|"
            + "less\\s+than|fewer\\s+than|under|up\\s+to|at\\s+most|no\\s+more\\s+than|"
            + "about|around|roughly|some|approximately|an\\s+estimated|estimated|nearly|"
            + "an?\\s+(?:little|bit)\\s+(?:more|over)\\s+than)\\s+(?:an?\\s+|the\\s+)?$");

    /** A hedge found before a figure, and where its words start ({@code position} itself when there are none). */
    record Found(Hedge hedge, int start) {
    }

    /** The hedge that ends right before {@code position} in {@code text} ("... more than |30 minutes"). */
    static Found before(String text, int position) {
        int from = Math.max(0, position - 32);
        Matcher m = BEFORE.matcher(text.substring(from, position));
        if (!m.find()) {
            return new Found(EXACT, position);
        }
        return new Found(of(m.group("hedge")), from + m.start());
    }

    private static Hedge of(String words) {
        String w = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (w.contains("little") || w.contains("slightly") || w.contains("bit") || w.startsWith("just over")
                || w.startsWith("just more")) {
            return JUST_OVER;
        }
        if (w.startsWith("more") || w.equals("over") || w.startsWith("at least") || w.startsWith("upwards")
                || w.startsWith("in excess")) {
            return MORE_THAN;
        }
        if (w.startsWith("nearly") || w.startsWith("almost") || w.startsWith("just") || w.startsWith("close")) {
            return NEARLY;
        }
        if (w.startsWith("less") || w.startsWith("fewer") || w.equals("under") || w.startsWith("up to")
                || w.startsWith("at most") || w.startsWith("no more")) {
            return LESS_THAN;
        }
        return ABOUT;
    }

    /**
     * The values a statement of {@code figure} with this hedge allows.
     *
     * @param tolerance how far an unhedged figure may be from the truth because of rounding, as a fraction
     *                  ({@code 0} for an exact figure such as "88", more for a round one such as "4 million")
     */
    ValueRange range(double figure, double tolerance) {
        double slack = figure * tolerance;
        return switch (this) {
            case EXACT -> new ValueRange(figure - slack, figure + slack);
            case ABOUT -> new ValueRange(figure * 0.9 - slack, figure * 1.1 + slack);
            case JUST_OVER -> new ValueRange(figure, figure * 1.25 + slack);
            case MORE_THAN -> new ValueRange(figure, figure * 1.5 + slack);
            case NEARLY -> new ValueRange(figure * 0.8 - slack, figure);
            case LESS_THAN -> new ValueRange(0, figure);
        };
    }

    /** Whether this is a bound or a rounding rather than a plain figure. */
    boolean isHedged() {
        return this != EXACT;
    }
}
