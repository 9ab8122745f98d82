package org.dossier.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dossier.read.Input;
import org.dossier.read.InputException;
import org.dossier.read.PlainTextReader;
import org.dossier.read.ReadResult;
import org.junit.jupiter.api.Timeout;

/** Plain-text reader, with its decoding (BOMs, UTF-16, Windows-1252, binary detection), on arbitrary bytes. */
class TextReaderFuzzTest {
    private final PlainTextReader reader = new PlainTextReader();

    // Per input, as libFuzzer's -timeout when fuzzing: a hang is a finding. @FuzzTest must come last.
    @Timeout(10)
    @FuzzTest(maxDuration = "20s")
    void fuzz(byte[] data) {
        try {
            ReadResult r = reader.read(new Input("fuzz.txt", data));
            Invariants.wellFormed(r.articles(), r.skipped());
        } catch (InputException e) {
            Invariants.check(e.getMessage() != null && !e.getMessage().isBlank(), "InputException without message");
        }
    }
}
