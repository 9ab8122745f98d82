package org.dossier.eval.extraction;

import org.dossier.eval.GateLine;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The quality gate: mean token F1 of at least 0.95 on L3S-GN1 (gold = headline + full text, see
 * {@link ExtractionGate}). Skipped when the shared data is not on this machine.
 */
class ExtractionGateTest {

    @Test
    void meanTokenF1OnL3sGn1IsAtLeastTheRequiredFloor() {
        Optional<ExtractionGate.Result> run = ExtractionGate.runShared();
        assumeTrue(run.isPresent(), "shared data extraction/l3s-gn1 not found; gate skipped");
        ExtractionGate.Result result = run.get();
        System.out.println(result.summary());
        new GateLine("extraction-l3s-gn1", String.format(java.util.Locale.ROOT,
                "%d pages, mean token F1 %.4f (P %.4f, R %.4f, floor %.2f), micro F1 %.4f", result.pages(),
                result.meanF1(), result.meanPrecision(), result.meanRecall(), ExtractionGate.REQUIRED_MEAN_F1,
                result.microF1()), result.meanF1() >= ExtractionGate.REQUIRED_MEAN_F1).print();
        assertEquals(621, result.pages(), "every page of the dataset is scored");
        assertTrue(result.meanF1() >= ExtractionGate.REQUIRED_MEAN_F1, result.summary());
    }
}
