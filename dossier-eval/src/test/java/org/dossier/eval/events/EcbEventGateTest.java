package org.dossier.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.eval.SharedData;
import org.junit.jupiter.api.Test;

/** Runs the ECB+ event separation gate over the shared data when it is present; skips otherwise. */
class EcbEventGateTest {

    @Test
    void eventsOfEachTopicAreSeparated() {
        Optional<Path> file = SharedData.resolve(EcbEventGate.FILE);
        assumeTrue(file.isPresent(), "shared/data/" + EcbEventGate.FILE + " not available");
        EcbEventGate.Report report = new EcbEventGate().run(file.get());
        report.gateLine().print();
        assertTrue(report.topicMean() >= EcbEventGate.TARGET, report.gateLine().format());
        assertEquals(496, report.micro().items());
    }

    @Test
    void bCubedOfAPerfectAndOfAnAllInOneClustering() {
        List<String> gold = List.of("a", "a", "b", "b");
        assertEquals(1.0, BCubed.score(List.of(1, 1, 2, 2), gold).f1(), 1e-9);
        BCubed lumped = BCubed.score(List.of(1, 1, 1, 1), gold);
        assertEquals(0.5, lumped.precision(), 1e-9);
        assertEquals(1.0, lumped.recall(), 1e-9);
        BCubed split = BCubed.score(List.of(1, 2, 3, 4), gold);
        assertEquals(1.0, split.precision(), 1e-9);
        assertEquals(0.5, split.recall(), 1e-9);
    }
}
