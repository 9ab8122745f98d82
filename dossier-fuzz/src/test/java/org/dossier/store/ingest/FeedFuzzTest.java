package org.dossier.store.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/** {@link FeedSource} on arbitrary bytes saved as a {@code .rss} file: see {@link SourceFuzzing}. */
class FeedFuzzTest {

    @FuzzTest(maxDuration = "20s")
    @Timeout(10)
    void fuzz(byte[] data) {
        SourceFuzzing.run(data, ".rss", FeedSource::new);
    }
}
