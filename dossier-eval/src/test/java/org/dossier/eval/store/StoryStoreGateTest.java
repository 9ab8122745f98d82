package org.dossier.eval.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.dossier.eval.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@link StoryStoreGate} on the ECB+ file when the shared data is present; skips otherwise. */
class StoryStoreGateTest {
    /**
     * The whole file: the quality target holds for the stream, not for any part of it (the first 250 documents
     * score 0.86, their topics are the harder ones). Three ingests of it take about 22 s of CPU.
     */
    static final int DOCUMENTS = Integer.MAX_VALUE;

    @TempDir
    Path work;

    @Test
    void storiesSurviveACrashBetweenCommitAndSnapshot() throws Exception {
        Optional<Path> file = SharedData.resolve(StoryStoreGate.FILE);
        assumeTrue(file.isPresent(), "shared/data/" + StoryStoreGate.FILE + " not available");
        StoryStoreGate.Report report = StoryStoreGate.run(file.get(), work, DOCUMENTS);
        report.gateLine().print();
        assertEquals(report.articles(), report.crashSame(), report.gateLine().format());
        assertEquals(report.articles(), report.rebuiltSame(), report.gateLine().format());
        assertTrue(report.replayed() > 0, report.gateLine().format());
        assertTrue(report.passed(), report.gateLine().format());
    }
}
