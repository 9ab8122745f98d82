package org.dossier.store.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

/**
 * {@link JsonLinesSource} on arbitrary bytes, saved both as a {@code .jsonl} file and as a {@code .jsonl.gz} file
 * (the gzip path: inflation guard, truncated and corrupt streams); see {@link SourceFuzzing}.
 */
class JsonLinesSourceFuzzTest {

    // Per input, as libFuzzer's -timeout when fuzzing: a hang is a finding. @FuzzTest must come last.
    @Timeout(10)
    @FuzzTest(maxDuration = "20s")
    void fuzz(byte[] data) {
        SourceFuzzing.run(data, ".jsonl", JsonLinesSource::new);
        SourceFuzzing.run(data, ".jsonl.gz", JsonLinesSource::new);
    }
}
