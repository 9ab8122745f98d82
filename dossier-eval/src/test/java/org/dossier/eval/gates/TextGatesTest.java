package org.dossier.eval.gates;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.dossier.eval.SharedData;
import org.junit.jupiter.api.Test;

/** Runs the splitter speed benchmark and the cleaner safety check over the shared data when present. */
class TextGatesTest {

    /** The DUC 2006 clusters of the shared data (clean newswire); skips the test when absent. */
    private static Path duc2006() {
        Optional<Path> duc = SharedData.resolve("summarization/duc2006.jsonl");
        assumeTrue(duc.isPresent(), "summarization/duc2006.jsonl not available");
        return duc.get();
    }

    @Test
    void splitterIsFasterThanFiveMegabytesPerSecond() throws Exception {
        SplitterSpeedBenchmark.Result r = new SplitterSpeedBenchmark().run(duc2006(), 4);
        System.out.println(r.format());
        r.gateLine().print();
        assertTrue(r.sentences() > r.documents(), "every document has sentences");
        assertTrue(r.cpuMbPerSecond() > SplitterSpeedBenchmark.TARGET_MB_PER_SECOND, r.format());
        assertTrue(r.passed(), r.format());
    }

    @Test
    void cleanerDropsAlmostNoSentencesFromNewswire() throws Exception {
        CleanerSafetyCheck.Result r = new CleanerSafetyCheck().run(duc2006(), 5);
        System.out.print(r.format());
        r.gateLine().print();
        assertTrue(r.lines() > 10_000, "the whole file was read");
        assertTrue(r.sentenceDropPercent() < CleanerSafetyCheck.MAX_SENTENCE_DROP_PERCENT, r.format());
        assertTrue(r.passed(), r.format());
    }
}
