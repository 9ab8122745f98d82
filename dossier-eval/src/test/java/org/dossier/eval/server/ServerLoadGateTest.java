package org.dossier.eval.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.dossier.eval.GateLine;
import org.dossier.server.SampleStore;
import org.junit.jupiter.api.Test;

/**
 * A short version of {@link ServerLoadBenchmark} for every build: 20 clients for 5 seconds on the examples must
 * get no error. (The 50-client, 30-second run and its figures are in {@code docs/reliability.md}.)
 */
class ServerLoadGateTest {

    @Test
    void twentyClientsForFiveSecondsWithoutAnError() throws Exception {
        assumeTrue(SampleStore.examplesRoot() != null, "examples/ not found");
        Path store = ServerLoadBenchmark.exampleStore();
        ServerLoadBenchmark.Result r = ServerLoadBenchmark.run(store, 20, Duration.ofSeconds(5));
        boolean pass = r.errors() == 0 && r.requests() > 100;
        new GateLine("server-load", String.format(Locale.ROOT, "%d clients %.0f s, %d requests, errors %d, p99 %.1f ms",
                r.clients(), r.seconds(), r.requests(), r.errors(), r.p99Millis()), pass).print();
        assertEquals(0, r.errors(), r.summary());
        assertTrue(r.requests() > 100, r.summary());
    }
}
