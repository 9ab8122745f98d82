package org.dossier.eval.summaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.eval.rouge.RougeOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryEvaluationTest {
    /** The project's news splitter: baselines and ROUGE lines use the same sentences as the pipeline. */
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private static final double EPS = 1e-9;

    @Test
    void aSummaryEqualToItsOnlyReferenceScoresOne(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tiny.jsonl");
        Files.writeString(file, SummaryDatasetTest.TWO_CLUSTERS);
        // "Summarise" each cluster by its first reference: cluster T2 has one reference, so it scores 1.
        EvaluationResult result = SummaryEvaluation.run(file, c -> SPLITTER.sentences(c.refs().get(0)), 250,
                RougeOptions.multiNews());
        assertEquals(2, result.clusters());
        double t1Recall = result.mean().rouge1().recall() * 2 - 1.0;
        assertTrue(t1Recall > 0.5 && t1Recall < 1.0, "T1 shares most but not all words with its second reference");
        assertTrue(result.table().contains("ROUGE-SU4"));
        assertTrue(result.clustersPerSecond() > 0);
    }

    @Test
    void theWordBudgetCutsTheSystemSummary(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("one.jsonl");
        Files.writeString(file, "{\"id\": \"w\", \"docs\": [{\"id\": \"d\", \"text\": \"x\"}],"
                + " \"refs\": [\"Snow closed roads.\"]}\n");
        // The system repeats the reference; a budget of 3 words keeps exactly the first copy: P = R = 1.
        EvaluationResult cut = SummaryEvaluation.run(file, c -> List.of("Snow closed roads.", "Snow closed roads."),
                3, RougeOptions.multiNews().withWordLimit(3));
        assertEquals(1.0, cut.mean().rouge1().precision(), EPS);
        EvaluationResult uncut = SummaryEvaluation.run(file, c -> List.of("Snow closed roads.", "Snow closed roads."),
                6, RougeOptions.multiNews().withWordLimit(6));
        assertEquals(0.5, uncut.mean().rouge1().precision(), EPS);
    }

    @Test
    void aWarmTimedRunReportsWallClockCpuAndHeapWithTheSameScores(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tiny.jsonl");
        Files.writeString(file, SummaryDatasetTest.TWO_CLUSTERS);
        List<Cluster> clusters = SummaryDataset.readAll(file);
        java.util.function.Function<Cluster, List<String>> firstReference = c -> SPLITTER.sentences(c.refs().get(0));
        EvaluationResult cold = SummaryEvaluation.run(file, firstReference, 250, RougeOptions.multiNews());
        EvaluationResult warm = SummaryEvaluation.run("tiny", clusters, firstReference, 250, RougeOptions.multiNews(),
                new SummaryEvaluation.Timing(2, true));
        assertEquals(cold.mean(), warm.mean());
        TimedPass pass = warm.pass();
        assertTrue(pass.warmPasses() >= 1 && pass.warmPasses() <= SummaryEvaluation.Timing.MAX_WARM_PASSES);
        assertEquals(2, pass.threads());
        assertTrue(pass.cpu().totalNanos() >= 0 && pass.workCpuNanos() >= 0);
        String table = warm.table();
        assertTrue(table.contains("wall clock:") && table.contains("peak heap"), table);
    }

    @Test
    void processCpuOnlyGrows() {
        ProcessCpu before = ProcessCpu.now();
        long spin = 0;
        for (int i = 0; i < 5_000_000; i++) {
            spin += Long.numberOfTrailingZeros(i + spin);
        }
        ProcessCpu used = ProcessCpu.now().since(before);
        assertTrue(spin > 0);
        assertTrue(used.totalNanos() >= 0);
        assertTrue(used.jitNanos() >= -1 && used.gcNanos() >= -1);
    }

    @Test
    void conventionsFollowTheDatasetName() {
        RougeOptions duc = SummaryEvaluation.conventionFor(Path.of("duc2006.jsonl"), 250);
        assertEquals(RougeOptions.duc2006(), duc);
        RougeOptions news = SummaryEvaluation.conventionFor(Path.of("multinews-dev.jsonl"), 250);
        assertEquals(RougeOptions.multiNews(), news);
        assertEquals("ROUGE-1.5.5 -m -l 250 (system only)", EvaluationResult.describe(news));
    }
}
