package org.dossier.store.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/** {@link JsonLinesSource} on arbitrary bytes saved as a {@code .jsonl} file: see {@link SourceFuzzing}. */
class JsonLinesSourceFuzzTest {

    @FuzzTest(maxDuration = "20s")
    @Timeout(10)
    void fuzz(byte[] data) {
        SourceFuzzing.run(data, ".jsonl", JsonLinesSource::new);
    }
}
