package org.dossier.store.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/** {@link WarcSource} on arbitrary bytes saved as a {@code .warc} file: see {@link SourceFuzzing}. */
class WarcFuzzTest {

    @FuzzTest(maxDuration = "20s")
    @Timeout(10)
    void fuzz(byte[] data) {
        SourceFuzzing.run(data, ".warc", WarcSource::new);
    }
}
