package org.dossier.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.dossier.analyse.dates.TemporalMention;
import org.dossier.analyse.dates.TemporalTagger;
import org.junit.jupiter.api.Timeout;

/**
 * Date tagger: every mention is a span of the text equal to its text, and resolution never fails, for any text
 * and any publication date (or none) to resolve against.
 */
class TemporalTaggerFuzzTest {
    private final TemporalTagger tagger = new TemporalTagger();

    // Per input, as libFuzzer's -timeout when fuzzing: a hang is a finding. @FuzzTest must come last.
    @Timeout(10)
    @FuzzTest(maxDuration = "20s")
    void fuzz(FuzzedDataProvider data) {
        LocalDate anchor = data.consumeBoolean() ? null
                : LocalDate.of(data.consumeInt(1900, 2100), data.consumeInt(1, 12), data.consumeInt(1, 28));
        String text = data.consumeRemainingAsString();
        for (TemporalMention m : tagger.tag(text, anchor)) {
            Invariants.span(m.start(), m.end(), text.length(), "date mention");
            Invariants.check(text.substring(m.start(), m.end()).equals(m.text()), "mention text is not its span");
        }
    }
}
