package org.dossier.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dossier.read.HtmlReader;
import org.dossier.read.Input;
import org.dossier.read.InputException;
import org.dossier.read.ReadResult;
import org.junit.jupiter.api.Timeout;

/**
 * HTML reader: depth guard, charset detection, jsoup parsing, metadata (Open Graph, JSON-LD) and main-text
 * extraction, on arbitrary bytes.
 */
class HtmlReaderFuzzTest {
    private final HtmlReader reader = new HtmlReader();

    // Per input, as libFuzzer's -timeout when fuzzing: a hang is a finding. @FuzzTest must come last.
    @Timeout(10)
    @FuzzTest(maxDuration = "20s")
    void fuzz(byte[] data) {
        try {
            ReadResult r = reader.read(new Input("fuzz.html", data));
            Invariants.wellFormed(r.articles(), r.skipped());
        } catch (InputException e) {
            Invariants.check(e.getMessage() != null && !e.getMessage().isBlank(), "InputException without message");
        }
    }
}
