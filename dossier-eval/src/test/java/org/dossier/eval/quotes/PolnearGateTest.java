package org.dossier.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.dossier.eval.SharedData;
import org.junit.jupiter.api.Test;

/** Runs the quotes gate over PolNeAR when the shared data is present; skips otherwise. */
class PolnearGateTest {

    @Test
    void quotesAndSpeakersMeetTheTargets() throws Exception {
        Optional<Path> data = SharedData.resolve(PolnearGate.DATA);
        assumeTrue(data.isPresent(), "shared/data/" + PolnearGate.DATA + " not available");
        PolnearGate.Report report = new PolnearGate().run(PolnearGate.load(data.get()));
        String line = report.line().print().format();
        assertTrue(report.articles() > 0, line);
        assertTrue(report.directF1() >= PolnearGate.DIRECT_F1_MIN, line);
        assertTrue(report.speakerAccuracy() >= PolnearGate.SPEAKER_MIN, line);
        assertTrue(report.allF1() >= PolnearGate.ALL_F1_MIN, line);
    }
}
