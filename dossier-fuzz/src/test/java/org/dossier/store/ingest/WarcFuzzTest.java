package org.dossier.store.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/** {@link WarcSource} on arbitrary bytes saved as a {@code .warc} file: see {@link SourceFuzzing}. */
class WarcFuzzTest {

    // Per input, as libFuzzer's -timeout when fuzzing: a hang is a finding. @FuzzTest must come last.
    @Timeout(10)
    @FuzzTest(maxDuration = "20s")
    void fuzz(byte[] data) {
        SourceFuzzing.run(data, ".warc", WarcSource::new);
    }
}
