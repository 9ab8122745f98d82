package org.dossier.eval.summaries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimpleSentenceSplitterTest {

    @Test
    void splitsAtEndMarksFollowedBySpaceAndCapital() {
        assertEquals(List.of("The ferry left at dawn.", "Was anyone hurt?", "No!", "Crews said 12 people rode it."),
                SimpleSentenceSplitter.split(
                        "The ferry left at dawn. Was anyone hurt? No! Crews said 12 people rode it."));
    }

    @Test
    void everyLineBreakEndsASentenceAndBlankLinesVanish() {
        assertEquals(List.of("Flood warning lifted", "Schools reopen Monday."),
                SimpleSentenceSplitter.split("Flood warning lifted\n\n  Schools reopen Monday.  \n"));
    }

    @Test
    void keepsClosingQuotesWithTheirSentence() {
        assertEquals(List.of("\"We will rebuild.\"", "The mayor spoke at noon."),
                SimpleSentenceSplitter.split("\"We will rebuild.\" The mayor spoke at noon."));
        assertEquals(List.of("She said \u201cnever.\u201d", "\u201cNot again,\u201d he replied."),
                SimpleSentenceSplitter.split("She said \u201cnever.\u201d \u201cNot again,\u201d he replied."));
    }

    @Test
    void doesNotSplitAfterInitialsTitlesOrBeforeLowerCase() {
        assertEquals(List.of("Sen. Ada Brook and Mr. Lee met George W. Harlow in the U.S. capital."),
                SimpleSentenceSplitter.split("Sen. Ada Brook and Mr. Lee met George W. Harlow in the U.S. capital."));
        assertEquals(List.of("Prices rose 2.5 percent, e.g. for bread."),
                SimpleSentenceSplitter.split("Prices rose 2.5 percent, e.g. for bread."));
    }
}
