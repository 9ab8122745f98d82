package org.dossier.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.dossier.analyse.quotes.Quote;
import org.dossier.analyse.quotes.QuoteExtractor;
import org.dossier.analyse.quotes.TextSpan;
import org.junit.jupiter.api.Timeout;

/** Quote extractor: every quote and each of its pieces lies inside the text it was found in. */
class QuoteExtractorFuzzTest {
    private final QuoteExtractor extractor = new QuoteExtractor();

    // Per input, as libFuzzer's -timeout when fuzzing: a hang is a finding. @FuzzTest must come last.
    @Timeout(10)
    @FuzzTest(maxDuration = "20s")
    void fuzz(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        for (Quote q : extractor.extract(0, text)) {
            Invariants.span(q.start(), q.end(), text.length(), "quote");
            for (TextSpan piece : q.pieces()) {
                Invariants.span(piece.start(), piece.end(), text.length(), "quote piece");
                Invariants.check(piece.start() >= q.start() && piece.end() <= q.end(), "piece outside its quote");
            }
        }
    }
}
