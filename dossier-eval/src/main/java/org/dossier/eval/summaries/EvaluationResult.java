package org.dossier.eval.summaries;

import java.util.Locale;
import org.dossier.eval.rouge.RougeMetric;
import org.dossier.eval.rouge.RougeOptions;
import org.dossier.eval.rouge.RougeReport;
import org.dossier.eval.rouge.RougeScore;

/**
 * What one run of a summariser over a dataset measured.
 *
 * @param dataset        the dataset's name (its file name)
 * @param summarizer     a description of the summariser
 * @param options        the ROUGE options used
 * @param wordBudget     the system summaries were cut to this many words before scoring
 * @param clusters       how many clusters were summarised and scored
 * @param mean           ROUGE averaged over clusters: each of R, P and F is the mean of the per-cluster values,
 *                       as ROUGE-1.5.5's {@code -a} average does
 * @param seconds        wall time of the whole run (reading, summarising, scoring)
 * @param rougeSeconds   of which scoring with ROUGE (references included)
 * @param peakHeapBytes  the highest heap use seen during the run (sum of the heap pools' peaks)
 * @param pass           the timed summarising pass: wall time, CPU time and its parts, warm-up and load
 */
public record EvaluationResult(String dataset, String summarizer, RougeOptions options, int wordBudget,
                               int clusters, RougeReport mean, double seconds, double rougeSeconds,
                               long peakHeapBytes, TimedPass pass) {

    /** Clusters summarised and scored per second of wall time. */
    public double clustersPerSecond() {
        return seconds > 0 ? clusters / seconds : Double.POSITIVE_INFINITY;
    }

    /** A plain-text table: one row per ROUGE metric with R, P and F in percent, then speed and memory. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s | %s | %d clusters | budget %d words | %s%n", dataset, summarizer,
                clusters, wordBudget, describe(options)));
        sb.append(String.format(Locale.ROOT, "%-10s %8s %8s %8s%n", "metric", "R", "P", "F"));
        for (RougeMetric m : RougeMetric.values()) {
            RougeScore s = mean.get(m);
            sb.append(String.format(Locale.ROOT, "%-10s %8.2f %8.2f %8.2f%n", m.label(), 100 * s.recall(),
                    100 * s.precision(), 100 * s.f()));
        }
        sb.append(String.format(Locale.ROOT, "whole run: %.1f clusters/s (%.2f s, of which %.2f s in ROUGE); peak heap"
                        + " %d MB of %d MB%n", clustersPerSecond(), seconds, rougeSeconds,
                peakHeapBytes / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        sb.append(pass.lines());
        return sb.toString();
    }

    /** The options as ROUGE-1.5.5 flags, e.g. {@code -m -l 250}. */
    static String describe(RougeOptions o) {
        StringBuilder sb = new StringBuilder("ROUGE-1.5.5");
        if (o.stem()) {
            sb.append(" -m");
        }
        if (o.removeStopwords()) {
            sb.append(" -s");
        }
        if (o.wordLimit() > 0) {
            sb.append(" -l ").append(o.wordLimit());
        } else if (o.byteLimit() > 0) {
            sb.append(" -b ").append(o.byteLimit());
        }
        if ((o.wordLimit() > 0 || o.byteLimit() > 0) && !o.truncateReferences()) {
            sb.append(" (system only)");
        }
        return sb.toString();
    }
}
