package org.dossier.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.dossier.read.Input;
import org.dossier.read.InputException;
import org.dossier.read.JsonLinesReader;
import org.dossier.read.ReadResult;
import org.junit.jupiter.api.Timeout;

/** JSON reader as {@code brief} uses it: JSON lines, a single object, or an array, on arbitrary bytes. */
class JsonLinesFuzzTest {
    private final JsonLinesReader reader = new JsonLinesReader();

    // Per input, as libFuzzer's -timeout when fuzzing: a hang is a finding. @FuzzTest must come last.
    @Timeout(10)
    @FuzzTest(maxDuration = "20s")
    void fuzz(byte[] data) {
        for (String name : new String[] {"fuzz.jsonl", "fuzz.json"}) {
            try {
                ReadResult r = reader.read(new Input(name, data));
                Invariants.wellFormed(r.articles(), r.skipped());
                r.notes().forEach(Invariants::wellFormed);
            } catch (InputException e) {
                Invariants.check(e.getMessage() != null && !e.getMessage().isBlank(), "no message");
            }
        }
    }
}
