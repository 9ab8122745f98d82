package org.dossier.store.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/** {@link FeedSource} on arbitrary bytes saved as a {@code .rss} file: see {@link SourceFuzzing}. */
class FeedFuzzTest {

    // Per input, as libFuzzer's -timeout when fuzzing: a hang is a finding. @FuzzTest must come last.
    @Timeout(10)
    @FuzzTest(maxDuration = "20s")
    void fuzz(byte[] data) {
        SourceFuzzing.run(data, ".rss", FeedSource::new);
    }
}
