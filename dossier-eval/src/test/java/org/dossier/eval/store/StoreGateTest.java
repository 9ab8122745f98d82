package org.dossier.eval.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.dossier.eval.GateLine;
import org.dossier.eval.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store gates: real data from the shared folder when present (skipped otherwise), and a synthetic ingest run
 * that always runs.
 */
class StoreGateTest {
    @TempDir
    Path work;

    @Test
    void realNewsIsIngestedOnceAndFoundBySearch() throws Exception {
        Optional<Path> duc = SharedData.resolve("summarization/duc2006.jsonl");
        Optional<Path> pages = SharedData.resolve("extraction/l3s-gn1/input");
        assumeTrue(duc.isPresent() && pages.isPresent(), "shared data not available");
        StoreGate.Report r = new StoreGate().run(duc.get(), pages.get(), work);
        System.out.print(r.format());
        boolean idempotent = r.ducAgain().stored() == 0 && r.ducAgain().duplicates() == r.ducReport().stored();
        boolean pass = idempotent && r.ducReport().stored() == r.ducDocs() - r.ducReport().skipped()
                && r.precisionAt10() >= 0.6 && r.pagesReport().stored() >= 600;
        new GateLine("store-real", String.format(Locale.ROOT,
                "DUC %d docs stored %d then %d again, P@10 %.3f, R@25 %.3f; L3S pages stored %d/%d at %.0f/s",
                r.ducDocs(), r.ducReport().stored(), r.ducAgain().stored(), r.precisionAt10(), r.recallAt25(),
                r.pagesReport().stored(), r.pagesReport().read(), r.pagesReport().rate()), pass).print();
        assertTrue(idempotent, r.format());
        assertTrue(r.precisionAt10() >= 0.6, r.format());
        assertTrue(r.pagesReport().stored() >= 600, r.format());
    }

    @Test
    void syntheticIngestLinksEveryCopyAndKeepsItsCostFlat() throws Exception {
        IngestBenchmark.Result r = IngestBenchmark.run(work.resolve("synthetic"), 6000, 2000, 2);
        System.out.print(r.format());
        double recall = (double) r.truePairs() / r.expectedPairs();
        boolean pass = recall >= 0.98 && r.falseLinks() == 0 && r.ratePerCpuSecond() >= 250;
        new GateLine("store-ingest", String.format(Locale.ROOT,
                "%d articles, %.0f/s wall, %.0f per CPU second, near-duplicates linked %d/%d, wrong links %d",
                r.report().read(), r.rate(), r.ratePerCpuSecond(), r.truePairs(), r.expectedPairs(), r.falseLinks()),
                pass).print();
        assertTrue(recall >= 0.98, r.format());
        assertEquals(0, r.falseLinks(), r.format());
        assertTrue(r.ratePerCpuSecond() >= 250, "500/s on two cores needs 250 per CPU second: " + r.format());
    }
}
