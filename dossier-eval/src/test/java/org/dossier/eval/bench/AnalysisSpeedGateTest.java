package org.dossier.eval.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.dossier.eval.GateLine;
import org.dossier.eval.SeedArticles;
import org.dossier.model.Article;
import org.dossier.summarise.SummaryOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 3's time budget: the analysis (events, timeline, quotes, who is who, comparison) may add at most 200 ms to
 * a warm briefing of a 10-article cluster. Measured on the seed articles repeated to ten, as
 * {@code ./dossier eval speed ../shared/data/seeds} does, with fewer runs; the gate checks CPU time, which a busy
 * shared machine does not inflate the way it inflates wall time (both are printed).
 */
class AnalysisSpeedGateTest {
    private static final double BUDGET_MS = 200;

    @Test
    @Timeout(60)
    void theAnalysisAddsLessThanTheBudgetToAWarmBriefing() {
        Optional<List<Article>> seeds = SeedArticles.fromSharedData().filter(a -> !a.isEmpty());
        assumeTrue(seeds.isPresent(), "shared data not found; gate skipped");
        BriefSpeed.AnalysisCost cost = BriefSpeed.analysisCost(BriefSpeed.cluster(seeds.get(), 10),
                SummaryOptions.DEFAULT_WORDS, 10, 20, false);
        System.out.println(cost);
        GateLine line = new GateLine("analysis-speed", String.format(
                "10 articles, added CPU median %.1f ms (wall %.1f ms), budget %.0f ms",
                cost.addedCpuMs(), cost.addedMedianMs(), BUDGET_MS), cost.addedCpuMs() < BUDGET_MS).print();
        assertTrue(line.pass(), line.format());
    }
}
