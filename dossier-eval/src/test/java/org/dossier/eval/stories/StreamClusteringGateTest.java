package org.dossier.eval.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.dossier.eval.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Runs the ECB+ stream gate when the shared data is present; skips otherwise.
 *
 * <p>The GATE line is printed against the target (0.92), which the incremental clusterer does not reach
 * yet (see {@code docs/stories.md}); the assertions hold the measured level so that a regression fails the build,
 * without making the build fail on a target that is still open.
 */
class StreamClusteringGateTest {
    /** The levels measured when the gate was written, less a small margin: file order 0.811, shuffled mean 0.856. */
    static final double FILE_ORDER_FLOOR = 0.80;
    static final double SHUFFLED_FLOOR = 0.84;

    @Test
    void theEcbPlusStreamIsClusteredIncrementally() {
        Optional<Path> file = SharedData.resolve(StreamClusteringGate.FILE);
        assumeTrue(file.isPresent(), "shared/data/" + StreamClusteringGate.FILE + " not available");
        long start = System.nanoTime();
        StreamClusteringGate.Report report = new StreamClusteringGate().run(file.get());
        report.gateLine().print();
        assertEquals(496, report.fileOrder().items());
        assertTrue(report.fileOrder().f1() >= FILE_ORDER_FLOOR, report.gateLine().format());
        assertTrue(report.shuffledMean() >= SHUFFLED_FLOOR, report.gateLine().format());
        assertTrue(System.nanoTime() - start < 60_000_000_000L, "the gate must run in under a minute");
    }
}
