package org.dossier.eval.rouge;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Recall, precision and F of one ROUGE metric, each in [0, 1].
 *
 * @param recall    matched units / units in the references
 * @param precision matched units / units in the system summary (times the number of references)
 * @param f         their weighted harmonic mean (F1 with the usual alpha 0.5), computed as ROUGE-1.5.5 does from
 *                  R and P rounded to five decimals; 0 when both are 0
 */
public record RougeScore(double recall, double precision, double f) {

    /** The score of {@code hits} matches against the given totals, as ROUGE-1.5.5 computes it. */
    static RougeScore of(long hits, long referenceTotal, long systemTotal, double alpha) {
        double r = referenceTotal > 0 ? (double) hits / referenceTotal : 0.0;
        double p = systemTotal > 0 ? (double) hits / systemTotal : 0.0;
        return new RougeScore(r, p, f(r, p, alpha));
    }

    /**
     * ROUGE-1.5.5's F: P·R / ((1 − α)·P + α·R), 0 when the denominator is 0. The Perl script first formats R and P
     * with {@code %7.5f} and computes F from those strings, so F is computed here from R and P rounded to five
     * decimals too; otherwise the fifth decimal of F sometimes differs from ROUGE's.
     */
    static double f(double recall, double precision, double alpha) {
        double r = printed(recall);
        double p = printed(precision);
        double denominator = (1 - alpha) * p + alpha * r;
        return denominator > 0 ? p * r / denominator : 0.0;
    }

    /** A value as Perl's {@code sprintf("%7.5f")} prints it: the exact binary value rounded to five decimals. */
    static double printed(double value) {
        return new BigDecimal(value).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
    }
}
