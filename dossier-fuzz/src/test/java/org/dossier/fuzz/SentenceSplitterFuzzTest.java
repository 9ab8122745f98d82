package org.dossier.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.model.Sentence;
import org.junit.jupiter.api.Timeout;

/** Sentence splitter: every sentence is an in-order, non-overlapping span of the text that matches its text. */
class SentenceSplitterFuzzTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    // Per input, as libFuzzer's -timeout when fuzzing: a hang is a finding. @FuzzTest must come last.
    @Timeout(10)
    @FuzzTest(maxDuration = "20s")
    void fuzz(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        List<Sentence> sentences = splitter.split(0, text);
        int previousEnd = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Invariants.span(s.start(), s.end(), text.length(), "sentence");
            Invariants.check(s.start() >= previousEnd, "sentence " + i + " overlaps the one before");
            Invariants.check(text.substring(s.start(), s.end()).equals(s.text()), "sentence text is not its span");
            Invariants.check(s.index() == i, "sentence index " + s.index() + " at position " + i);
            previousEnd = s.end();
        }
    }
}
