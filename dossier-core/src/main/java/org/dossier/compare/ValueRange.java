package org.dossier.compare;

/**
 * The values a stated figure allows, from {@code low} to {@code high} inclusive: "35 minutes" allows 35 to 35,
 * "more than 30 minutes" allows 30 to 45, "about 90" allows 81 to 99 (see {@link Hedge#range}).
 *
 * <p>Statements whose ranges all share at least one value can all be true: on a line, ranges that overlap pairwise
 * share a common point, so checking the largest low against the smallest high is enough.
 */
record ValueRange(double low, double high) {
    /** Tiny slack so that 4.2 and 4.2000000001 (arithmetic on parsed decimals) still overlap. */
    private static final double EPSILON = 1e-9;

    ValueRange {
        if (high < low) {
            throw new IllegalArgumentException("empty range " + low + ".." + high);
        }
    }

    /** Whether some value lies in both ranges. */
    boolean overlaps(ValueRange other) {
        return low <= other.high + EPSILON * Math.max(1, Math.abs(other.high))
                && other.low <= high + EPSILON * Math.max(1, Math.abs(high));
    }

    /** Whether every range shares one common value (by the line's Helly property: largest low ≤ smallest high). */
    static boolean allOverlap(Iterable<ValueRange> ranges) {
        double maxLow = Double.NEGATIVE_INFINITY;
        double minHigh = Double.POSITIVE_INFINITY;
        for (ValueRange r : ranges) {
            maxLow = Math.max(maxLow, r.low);
            minHigh = Math.min(minHigh, r.high);
        }
        return maxLow <= minHigh + EPSILON * Math.max(1, Math.abs(minHigh));
    }
}
