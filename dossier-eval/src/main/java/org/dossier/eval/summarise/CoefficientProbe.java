package org.dossier.eval.summarise;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.dossier.eval.SharedData;
import org.dossier.eval.rouge.RougeReport;
import org.dossier.eval.summaries.SummaryEvaluation;
import org.dossier.summarise.ConceptFeatures;
import org.dossier.summarise.ConceptWeights;

/**
 * Scores the shipped concept weights and variants of them, each differing in one coefficient, on both development
 * sets: the quick way to see whether a concept feature that {@code dossier train}'s search does not move is worth
 * moving at all (a variant that lowers either set need not be cross-validated).
 *
 * <p>Usage (from the repository root, class path as for {@link SummaryQualityBenchmark}):
 * {@code CoefficientProbe [feature=value ...]}, e.g. {@code number=0.3 specificity=-0.5}; feature names are
 * {@link ConceptFeatures#NAMES}. Prints ROUGE-2 (DUC 2006 query-focused recall, Multi-News F1) for the shipped
 * weights, then for each variant. Every cluster of both sets is used; nothing is fitted.
 */
public final class CoefficientProbe {
    private CoefficientProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path duc = SharedData.resolve("summarization/duc2006.jsonl").orElse(null);
        Path multiNews = SharedData.resolve("summarization/multinews-dev.jsonl").orElse(null);
        if (duc == null || multiNews == null) {
            System.err.println("CoefficientProbe: the shared data is not present (../shared/data or DOSSIER_DATA)");
            System.exit(1);
        }
        List<ConceptWeights> variants = new ArrayList<>();
        List<String> names = new ArrayList<>();
        ConceptWeights shipped = ConceptWeights.shipped();
        variants.add(shipped);
        names.add("shipped");
        for (String arg : args) {
            int eq = arg.indexOf('=');
            int feature = eq < 0 ? -1 : ConceptFeatures.NAMES.indexOf(arg.substring(0, eq));
            if (feature < 0) {
                System.err.println("CoefficientProbe: expected feature=value with a feature of "
                        + ConceptFeatures.NAMES + ", got " + arg);
                System.exit(2);
            }
            double[] c = shipped.coefficients().clone();
            c[feature] = Double.parseDouble(arg.substring(eq + 1));
            variants.add(shipped.withCoefficients(c));
            names.add(arg);
        }
        SummaryQualityBenchmark.PreparedSet ducSet = SummaryQualityBenchmark.prepare(duc, true, Integer.MAX_VALUE);
        SummaryQualityBenchmark.PreparedSet newsSet =
                SummaryQualityBenchmark.prepare(multiNews, false, Integer.MAX_VALUE);
        for (int i = 0; i < variants.size(); i++) {
            System.out.printf(Locale.ROOT, "%-24s DUC 2006 R-2 recall %.2f   Multi-News R-2 F1 %.2f%n", names.get(i),
                    100 * rouge2(ducSet, variants.get(i)), 100 * rouge2(newsSet, variants.get(i)));
        }
    }

    /** Mean ROUGE-2 over all clusters of the set: recall for DUC, F1 otherwise (the sets' conventions). */
    static double rouge2(SummaryQualityBenchmark.PreparedSet set, ConceptWeights weights) {
        RougeReport mean = SummaryEvaluation.meanOf(set.evaluate(weights, IntStream.range(0, set.size()).toArray()));
        return set.recall() ? mean.rouge2().recall() : mean.rouge2().f();
    }
}
