package org.dossier.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteReportsTest {

    @Test
    void anInterruptedQuotationShowsAnEllipsisWhereTheAttributionStood() {
        // "We came to listen," the mayor said. "Nobody promised a deal."
        assertEquals("We came to listen \u2026 Nobody promised a deal.",
                QuoteReports.joinPieces(List.of("We came to listen,", "Nobody promised a deal.")));
        // "The ferry," she said, "runs again on Monday."
        assertEquals("The ferry \u2026 runs again on Monday.",
                QuoteReports.joinPieces(List.of("The ferry,", "runs again on Monday.")));
    }

    @Test
    void piecesThatEndASentenceAreJoinedWithASpace() {
        assertEquals("The pier is closed. Repairs start in May",
                QuoteReports.joinPieces(List.of("The pier is closed.", "Repairs start in May,")));
    }
}
