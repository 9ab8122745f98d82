package org.dossier.eval.render;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the render gate over the shared data when it is present: the first {@value #PER_SET} clusters of DUC 2006
 * and of Multi-News plus the seeds, briefed by the real pipeline (all of them: {@link RenderGate#main}).
 */
class RenderGateTest {
    private static final int PER_SET = 40;
    /** Clusters per set briefed with every section (events, quotes, ...); the others get the summary only. */
    private static final int ANALYSED_PER_SET = 3;

    @Test
    @Timeout(60)
    void everyRealBriefingRendersSafelyAndCompletelyInEveryFormat() {
        long start = System.nanoTime();
        List<SampleBriefings.Sample> samples = new SampleBriefings().first(PER_SET, ANALYSED_PER_SET);
        assumeFalse(samples.isEmpty(), "shared data not found; gate skipped");
        RenderGate.Report report = new RenderGate().run(samples);
        System.out.print(report.format());
        System.out.println("gate wall time: " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
        assertTrue(report.passed(), report.format());
    }
}
