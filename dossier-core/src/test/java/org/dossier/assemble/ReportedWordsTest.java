package org.dossier.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dossier.analyse.quotes.Quote;
import org.dossier.analyse.quotes.QuoteExtractor;
import org.dossier.analyse.quotes.QuoteKind;
import org.junit.jupiter.api.Test;

/** How paraphrases read under their speaker, on sentences written for this test (a fictional ferry story). */
class ReportedWordsTest {
    private final QuoteExtractor extractor = new QuoteExtractor();

    /** What the briefing would show for the reported words found in {@code text} that contain {@code words}. */
    private String shown(String text, String words) {
        List<Quote> quotes = extractor.extract(0, text);
        for (Quote q : quotes) {
            if (q.kind() != QuoteKind.DIRECT && q.text().contains(words)) {
                return ReportedWords.shown(q, q.text());
            }
        }
        throw new AssertionError("no reported words with '" + words + "' in " + quotes);
    }

    @Test
    void aReportedClauseIsShownAsItIs() {
        assertEquals("the ferry would sail again on Thursday",
                shown("Harbour master Jonas Pell said the ferry would sail again on Thursday.", "ferry would sail"));
    }

    @Test
    void aSpeechActKeepsItsVerbSoTheObjectIsNotAFragment() {
        assertEquals("called the inquiry a whitewash",
                shown("Councillor Marta Lind called the inquiry a whitewash.", "inquiry a whitewash"));
        assertEquals("promised to reopen the north pier by May",
                shown("The operator promised to reopen the north pier by May.", "reopen the north pier"));
    }

    @Test
    void aConfirmationWithoutAClauseKeepsItsVerb() {
        // read alone, "the closure in a short statement" would be a fragment
        assertEquals("confirmed the closure in a short statement",
                shown("Mayor Ines Falk confirmed the closure in a short statement.", "the closure"));
    }

    @Test
    void anEmbeddedQuestionUnderANegationIsLeftOut() {
        assertNull(shown("The operator's chief, Aldo Brenn, did not say how long the repairs would take.",
                "how long"));
    }

    @Test
    void clauseTest() {
        assertEquals(true, ReportedWords.looksLikeClause("that the pier had been closed since March"));
        assertEquals(true, ReportedWords.looksLikeClause("Osterby now supports the plan"));
        assertEquals(false, ReportedWords.looksLikeClause("the closure in a short statement"));
        assertEquals(false, ReportedWords.looksLikeClause("for the fares to be frozen"));
        assertEquals(false, ReportedWords.looksLikeClause("giving ground on the fares"));
    }
}
