package org.dossier.eval.summarise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Quality gate for the pipeline's summaries over the shared data: the seeds and the first {@value #DUC_TOPICS} DUC
 * 2006 topics, cleaned and split by the real stages (fewer topics than the benchmark's default ten, so that the
 * suite stays fast on a shared machine; run {@link SummarizerBenchmark#main} for more). Skipped when the data
 * is absent. Checks structure (budget, citations, no repeated fact) and that a 25-document cluster is summarised
 * in tens of milliseconds; the time bound is loose because the build machine is shared.
 */
class SummarizerGateTest {
    private static final int DUC_TOPICS = 6;

    @Test
    void summariesOfRealClustersAreWellFormedAndFast() throws IOException {
        Optional<SummarizerBenchmark.Report> run = SummarizerBenchmark.run(DUC_TOPICS, false);
        Assumptions.assumeTrue(run.isPresent(), "shared data not found");
        SummarizerBenchmark.Report report = run.get();
        System.out.println("SummarizerGateTest: " + report);
        report.gateLine().print();
        assertEquals(DUC_TOPICS + 1, report.clusters(), "the seeds plus the DUC topics");
        assertEquals(0, report.budgetViolations());
        assertEquals(0, report.badCitations());
        assertEquals(0, report.repeatedGroups());
        assertTrue(report.meanWords() > 0.8 * SummarizerBenchmark.DUC_WORDS, "summaries use the budget");
        assertTrue(report.citationsPerSentence() >= 1.0);
        assertTrue(report.summariseMillisMedian() < SummarizerBenchmark.Report.MAX_MEDIAN_MILLIS,
                "median summary took " + report.summariseMillisMedian());
        assertTrue(report.passed(), report.gateLine().format());
    }
}
