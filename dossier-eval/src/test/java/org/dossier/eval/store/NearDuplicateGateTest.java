package org.dossier.eval.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Precision and recall of near-duplicate links on the labelled set of invented variants ({@link
 * NearDuplicateBenchmark}); needs no shared data, so it always runs.
 */
class NearDuplicateGateTest {
    @Test
    void linksCopiesAndUpdatesButNotTemplatesFollowUpsOrOtherReports() {
        NearDuplicateBenchmark.Report report = NearDuplicateBenchmark.run(400, 1);
        report.gateLine().print();
        assertTrue(report.passed(), report.gateLine().format());
        assertTrue(report.whole().precision() > report.textOnly().precision(),
                "the distinctive-content and opening conditions remove false links: " + report.gateLine().format());
    }
}
