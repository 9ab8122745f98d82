package org.dossier.eval.summaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dossier.eval.GateLine;
import org.dossier.eval.SharedData;
import org.dossier.eval.rouge.RougeOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Gate: on DUC 2006 the three classic ranking baselines do what the literature says they do, i.e. beat the lead
 * on ROUGE-2 recall (news lead is weak on DUC's 25-document, query-driven topics; centrality-based selection is
 * the usual step up). Measured when written: LexRank 0.083, TextRank 0.085, Centroid 0.081 against the lead's
 * 0.058. The bar is the lead plus one point, so that a broken graph or centroid (which falls to lead or random
 * level) fails while machine noise cannot. Skipped when the shared data is absent.
 */
class RankingBaselinesGateTest {

    private static final double ONE_POINT = 0.01;

    @Test
    void rankingBaselinesBeatTheLeadOnDuc2006() throws IOException {
        Path data = SharedData.resolve("summarization/duc2006.jsonl").orElse(null);
        Assumptions.assumeTrue(data != null, "shared data absent: summarization/duc2006.jsonl");
        RougeOptions options = SummaryEvaluation.conventionFor(data, 250);
        double lead = SummaryEvaluation.run(data, new Lead(250), 250, options).mean().rouge2().recall();
        List<Function<Cluster, List<String>>> baselines = List.of(new LexRank(250), new TextRank(250),
                new Centroid(250));
        for (Function<Cluster, List<String>> baseline : baselines) {
            EvaluationResult result = SummaryEvaluation.run(data, baseline, 250, options);
            System.out.print(result.table());
            double r2 = result.mean().rouge2().recall();
            new GateLine("ranking-baseline-duc2006", String.format(Locale.ROOT,
                    "%s: ROUGE-2 R %.4f, lead %.4f (bar lead + 0.01)", baseline, r2, lead),
                    result.clusters() == 50 && r2 >= lead + ONE_POINT).print();
            assertEquals(50, result.clusters());
            assertTrue(r2 >= lead + ONE_POINT, baseline + " ROUGE-2 recall " + r2 + " vs lead " + lead);
        }
    }
}
