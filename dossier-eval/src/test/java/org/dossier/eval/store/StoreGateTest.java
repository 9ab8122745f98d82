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
    /**
     * About a tenth of the warm 100k figure: a floor that survives a busy CI machine and a cold JIT (this short run
     * measured 102 at load 15).
     */
    private static final double MIN_RATE_PER_CPU_SECOND = 40;

    @TempDir
    Path work;

    @Test
    void realNewsIsIngestedOnceAndFoundBySearch() throws Exception {
        Optional<Path> duc = SharedData.resolve("summarization/duc2006.jsonl");
        Optional<Path> pages = SharedData.resolve("extraction/l3s-gn1/input");
        assumeTrue(duc.isPresent() && pages.isPresent(), "shared data not available");
        StoreGate.Report r = new StoreGate().run(duc.get(), pages.get(), work);
        System.out.print(r.format());
        // DUC repeats a few texts under other document ids: without URLs the text is the key, so those are
        // "already stored" on the first run too. Everything read is accounted for, and the second run stores nothing.
        boolean accounted = r.ducReport().stored() + r.ducReport().duplicates() + r.ducReport().skipped()
                == r.ducDocs();
        boolean idempotent = r.ducAgain().stored() == 0
                && r.ducAgain().duplicates() == r.ducReport().stored() + r.ducReport().duplicates();
        boolean pass = accounted && idempotent && r.precisionAt10() >= 0.6 && r.pagesReport().stored() >= 600;
        new GateLine("store-real", String.format(Locale.ROOT,
                "DUC %d docs stored %d then %d again, P@10 %.3f, R@25 %.3f; L3S pages stored %d/%d at %.0f/s",
                r.ducDocs(), r.ducReport().stored(), r.ducAgain().stored(), r.precisionAt10(), r.recallAt25(),
                r.pagesReport().stored(), r.pagesReport().read(), r.pagesReport().rate()), pass).print();
        assertTrue(accounted, r.format());
        assertTrue(idempotent, r.format());
        assertTrue(r.precisionAt10() >= 0.6, r.format());
        assertTrue(r.pagesReport().stored() >= 600, r.format());
    }

    @Test
    void syntheticIngestLinksEveryCopyAndKeepsItsCostFlat() throws Exception {
        IngestBenchmark.Result r = IngestBenchmark.run(work.resolve("synthetic"), 2000, 1000, 2);
        System.out.print(r.format());
        double recall = (double) r.truePairs() / r.expectedPairs();
        // The speed target (500/s on two cores) is measured by IngestBenchmark over 100k articles and reported in
        // docs/benchmarks.md; on a shared CI machine this short run only guards against a collapse of it.
        boolean pass = recall >= 0.98 && r.falseLinks() == 0 && r.ratePerCpuSecond() >= MIN_RATE_PER_CPU_SECOND;
        new GateLine("store-ingest", String.format(Locale.ROOT,
                "%d articles, %.0f/s wall, %.0f per CPU second, near-duplicates linked %d/%d, wrong links %d",
                r.report().read(), r.rate(), r.ratePerCpuSecond(), r.truePairs(), r.expectedPairs(), r.falseLinks()),
                pass).print();
        assertTrue(recall >= 0.98, r.format());
        assertEquals(0, r.falseLinks(), r.format());
        assertTrue(r.ratePerCpuSecond() >= MIN_RATE_PER_CPU_SECOND, r.format());
    }
}
