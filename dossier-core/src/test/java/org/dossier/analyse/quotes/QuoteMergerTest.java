package org.dossier.analyse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merging the same words reported by several (fictional) outlets. */
class QuoteMergerTest {
    private final QuoteExtractor extractor = new QuoteExtractor();
    private final QuoteMerger merger = new QuoteMerger();

    private List<MergedQuote> merge(String... articles) {
        List<Quote> all = new ArrayList<>();
        for (int i = 0; i < articles.length; i++) {
            all.addAll(extractor.extract(i, articles[i]));
        }
        return merger.merge(all);
    }

    @Test
    void nearIdenticalWordsFromThreeOutletsAreOneQuote() {
        List<MergedQuote> merged = merge(
                "\"We didn't build this pier to sell it,\" said Mayor Anna Lindqvist.",
                "Ms. Lindqvist said: \u201CWe did not build this pier to sell it.\u201D",
                "Anna Lindqvist opened the pier.\n\n\"We did not build this pier to sell it!\" she said.");
        assertEquals(1, merged.size());
        MergedQuote m = merged.get(0);
        assertEquals(List.of(0, 1, 2), m.articles());
        assertEquals("Anna Lindqvist", m.speaker().name());
        assertEquals(QuoteKind.DIRECT, m.kind());
        assertFalse(m.speakerConflict());
    }

    @Test
    void aNamedSpeakerBeatsAnUnresolvedPronoun() {
        List<MergedQuote> merged = merge(
                "\"The cranes were sold without a vote,\" he said.",
                "\"The cranes were sold without a vote,\" said Jonas Berg.");
        assertEquals(1, merged.size());
        assertEquals("Jonas Berg", merged.get(0).speaker().name());
    }

    @Test
    void anonymousStaysAnonymousAndANamedAttributionIsKeptAndFlagged() {
        List<MergedQuote> merged = merge(
                "\"Nobody asked the town about the cranes,\" a senior port official said.",
                "\"Nobody asked the town about the cranes,\" said Piet Olsen, the harbour master.");
        assertEquals(1, merged.size());
        MergedQuote m = merged.get(0);
        assertTrue(m.speaker().anonymous());
        assertTrue(m.speakerConflict());
        assertEquals("Piet Olsen", m.otherSpeakers().get(0).name());
    }

    @Test
    void differentSentencesWithTheSameOpeningStayApart() {
        List<MergedQuote> merged = merge(
                "\"The pier is open, and that is a good start,\" said Karin Moe.",
                "\"The pier is open. Now the town must find money for the road and the ferry,\" said Karin Moe.");
        assertEquals(2, merged.size());
    }

    @Test
    void aPartialQuotationJoinsTheFullOne() {
        List<MergedQuote> merged = merge(
                "\"The new pier will stand for a hundred years,\" said Piet Olsen.",
                "Olsen said the structure \"will stand for a hundred years\" if it is kept up.");
        long joined = merged.stream().filter(m -> m.articles().size() == 2).count();
        assertEquals(1, joined);
    }

    @Test
    void normalisationSpellsOutContractions() {
        assertEquals(List.of("we", "did", "not", "go"), QuoteMerger.normalise("We didn\u2019t go."));
    }
}
