package org.dossier.eval.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.dossier.eval.SharedData;
import org.junit.jupiter.api.Test;

/** Runs the seed cleaning gate over the shared data when it is present; skips otherwise. */
class SeedCleaningGateTest {

    @Test
    void everyArticleLineKeptAndNoFurnitureLeft() throws Exception {
        Optional<Path> seeds = SharedData.resolve("seeds");
        assumeTrue(seeds.isPresent(), "shared/data/seeds not available");
        SeedCleaningGate.Report report = new SeedCleaningGate().run(seeds.get());
        System.out.print(report.format());
        assertEquals(5, report.pages());
        assertEquals(report.articleTotal(), report.articleKept(), report.format());
        assertEquals(0, report.furnitureLeft(), report.format());
        assertEquals(report.titlesTotal(), report.titlesRight(), report.format());
        assertTrue(report.passed());
    }

    @Test
    void labelsCoverEverySeedPage() {
        assertEquals(5, SeedCleaningGate.loadLabels().size());
    }
}
