package org.dossier.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dossier.model.Sentence;
import org.junit.jupiter.api.Test;

/** Which wording shows a claim, on sentences written for this test. */
class ClaimWordingTest {
    private static Sentence sentence(int article, String text) {
        return new Sentence(article, 0, 0, 0, text.length(), text);
    }

    @Test
    void aCompleteReportedSentenceBeatsAQuotation() {
        Sentence quoted = sentence(0, "\u201CThe ferry will sail again on Thursday at the latest,\u201D the harbour master said.");
        Sentence reported = sentence(1, "The harbour master said the ferry would sail again on Thursday at the latest.");
        assertEquals(reported, ClaimWording.clearest(List.of(quoted, reported)));
    }

    @Test
    void aClaimWhoseOnlyWordingsAreHalvesOfAQuotationIsNotShown() {
        // the opening sentence of a two-sentence quotation: its closing mark is in the next sentence
        Sentence a = sentence(0, "\u201COur aim is to reopen the north pier and to pay the crews what they are owed.");
        Sentence b = sentence(1, "\u201COur aim is to reopen the north pier and to pay the crews what they are owed.");
        assertNull(ClaimWording.clearest(List.of(a, b)));
    }
}
