package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.dossier.eval.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On ECB+, the Spark job's stories (windows of {@value SparkEcbPlusGate#GATE_BLOCK} positions) score within
 * {@value SparkEcbPlusGate#TARGET} B-cubed F1 of the single machine's, the target, and agree with them at
 * B-cubed F1 at least {@value SparkEcbPlusGate#AGREEMENT}. Skipped when the shared data is absent.
 */
class SparkEcbPlusGateTest {
    @TempDir
    Path dir;

    @Test
    void sparkStoriesMatchTheSingleMachineOnEcbPlus() throws Exception {
        Path file = SharedData.resolve(SparkEcbPlusGate.FILE).orElse(null);
        Assumptions.assumeTrue(file != null, "shared data not found: " + SparkEcbPlusGate.FILE);
        SparkEcbPlusGate.Comparison c = SparkEcbPlusGate.compare(SparkTestSession.get(), file, "event",
                SparkEcbPlusGate.gateOptions(file, dir.resolve("out")));
        c.gateLine("spark-ecbplus").print();
        assertTrue(c.passed(), c.gateLine("spark-ecbplus").toString());
    }
}
