package org.dossier.analyse.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each construction the extractor understands, on sentences written for this test (a fictional pier story). */
class QuoteExtractorTest {
    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Quote> extract(String text) {
        return extractor.extract(0, text);
    }

    private static Quote containing(List<Quote> quotes, String words) {
        for (Quote q : quotes) {
            if (q.text().contains(words)) {
                return q;
            }
        }
        throw new AssertionError("no quote with '" + words + "' in " + quotes);
    }

    @Test
    void speakerAfterTheQuotation() {
        String text = "\"We will rebuild the pier by spring,\" said Mayor Anna Lindqvist.";
        Quote q = containing(extract(text), "rebuild the pier");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("We will rebuild the pier by spring,", q.text());
        assertEquals("Anna Lindqvist", q.speaker().name());
        assertEquals(SpeakerKind.PERSON, q.speaker().kind());
        assertEquals("said", q.cue().text());
        assertEquals(text.indexOf("Mayor"), q.speaker().mention().start());
    }

    @Test
    void speakerBeforeTheQuotationWithColon() {
        String text = "Harbour master Piet Olsen told reporters: \u201CThe channel stays closed until Friday.\u201D";
        Quote q = containing(extract(text), "channel stays closed");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("Piet Olsen", q.speaker().name());
        assertTrue(q.cue().text().startsWith("told"));
    }

    @Test
    void speakerInTheMiddleJoinsBothParts() {
        String text = "Ms. Lindqvist visited the pier.\n\n"
                + "\u201CThe pier comes first,\u201D she said, \u201Cand the road comes second.\u201D";
        List<Quote> quotes = extract(text);
        Quote q = containing(quotes, "pier comes first");
        assertEquals(2, q.pieces().size());
        assertEquals("The pier comes first, and the road comes second.", q.text());
        assertEquals("she", q.speaker().mention().text());
        assertEquals("Lindqvist", q.speaker().name());
    }

    @Test
    void speakerInTheMiddleBetweenTwoSentences() {
        String text = "\"We did not come to sell the pier,\" Olsen said as he left. \"We came to save it.\"";
        Quote q = containing(extract(text), "sell the pier");
        assertEquals("We did not come to sell the pier, We came to save it.", q.text());
        assertEquals("Olsen", q.speaker().name());
    }

    @Test
    void quotationCarriedOverParagraphs() {
        String text = "Mr. Olsen spoke for an hour.\n\n"
                + "\u201CThe storm took the old pier in one night.\n\n"
                + "\u201CThe new one will stand for a hundred years,\u201D he said.";
        List<Quote> quotes = extract(text);
        Quote q = containing(quotes, "storm took the old pier");
        assertEquals(2, q.pieces().size());
        assertTrue(q.text().contains("hundred years"));
        assertEquals("Olsen", q.speaker().name());
    }

    @Test
    void standAloneQuotationContinuesThePreviousSpeaker() {
        String text = "\"The council voted for the pier,\" said Anna Lindqvist.\n\n"
                + "\"Nobody in this town wants to lose the ferry again.\"";
        Quote second = containing(extract(text), "lose the ferry");
        assertEquals("Anna Lindqvist", second.speaker().name());
    }

    @Test
    void partialQuotationInsideAReportedClause() {
        String text = "Jonas Berg said the new pier was \"a gift to the ferry lines\" and would cost too much.";
        Quote q = containing(extract(text), "gift to the ferry");
        assertEquals(QuoteKind.PARTIAL, q.kind());
        assertEquals("Jonas Berg", q.speaker().name());
        assertEquals("said", q.cue().text());
    }

    @Test
    void indirectAttributionWithThat() {
        String text = "The port authority said that the channel would reopen on Friday.";
        Quote q = containing(extract(text), "channel would reopen");
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals(SpeakerKind.ORGANISATION, q.speaker().kind());
        assertEquals("The port authority", q.speaker().mention().text());
    }

    @Test
    void indirectAttributionWithSpeakerAfter() {
        String text = "The ferry will run twice a day from June, the operator's spokeswoman said.";
        Quote q = containing(extract(text), "ferry will run");
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("the operator's spokeswoman", q.speaker().mention().text());
        assertTrue(q.speaker().anonymous());
    }

    @Test
    void accordingToAnAnonymousGroup() {
        String text = "According to two people familiar with the talks, the ferry deal is nearly done.";
        Quote q = containing(extract(text), "ferry deal is nearly done");
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("according to", q.cue().text().toLowerCase());
        assertTrue(q.speaker().anonymous());
        assertEquals(SpeakerKind.ANONYMOUS, q.speaker().kind());
    }

    @Test
    void anonymousOfficialsStayAnonymous() {
        String text = "\"The vote was closer than it looks,\" U.S. officials said on Tuesday.";
        Quote q = containing(extract(text), "vote was closer");
        assertTrue(q.speaker().anonymous());
        assertEquals("U.S. officials", q.speaker().mention().text());
    }

    @Test
    void theOfficialPointsBackToTheEarlierDescription() {
        String text = "A senior port official said the cranes had been sold in March.\n\n"
                + "\"Nobody asked the town,\" the official said.";
        Quote q = containing(extract(text), "Nobody asked the town");
        assertTrue(q.speaker().anonymous());
        assertEquals("the official", q.speaker().mention().text());
        assertEquals("A senior port official", q.speaker().name());
    }

    @Test
    void pronounsGoToThePersonOfTheRightGender() {
        String text = "Ms. Anna Lindqvist and Mr. Jonas Berg met at the pier on Monday.\n\n"
                + "\"The pier is too short,\" he said.\n\n"
                + "\"It is long enough for every ferry we have,\" she replied.";
        List<Quote> quotes = extract(text);
        assertEquals("Jonas Berg", containing(quotes, "too short").speaker().name());
        assertEquals("Anna Lindqvist", containing(quotes, "long enough").speaker().name());
    }

    @Test
    void surnameResolvesToTheFullName() {
        String text = "Deputy Mayor Karin Moe opened the meeting.\n\n\"We have the money,\" Moe said.";
        Quote q = containing(extract(text), "We have the money");
        assertEquals("Karin Moe", q.speaker().name());
        assertEquals("Moe", q.speaker().mention().text());
    }

    @Test
    void transcriptLabelsAndSignatures() {
        String text = "\"HOST: Will the pier open in May?\n\n\"OLSEN: It will open in June.\n\n"
                + "\u201CThe best news this town has had in years.\u201D \u2015 Maria Dahl";
        List<Quote> quotes = extract(text);
        assertEquals("HOST", containing(quotes, "open in May").speaker().mention().text());
        assertEquals("OLSEN", containing(quotes, "open in June").speaker().mention().text());
        assertEquals("Maria Dahl", containing(quotes, "best news").speaker().name());
    }

    @Test
    void titlesAndScareQuotesAreNotQuotations() {
        String text = "The ferry \"Northern Star\" left the harbour at noon.";
        assertTrue(extract(text).isEmpty());
    }

    @Test
    void sentencesCoveredAndOffsetsPointIntoTheText() {
        String text = "The pier opened.\n\n\"It is a fine day,\" said Karin Moe.";
        Quote q = containing(extract(text), "fine day");
        assertEquals(List.of(1), q.sentences());
        assertEquals(q.text(), text.substring(q.start(), q.end()));
        assertNotNull(q.speaker().mention());
        assertFalse(q.speaker().anonymous());
    }

    @Test
    void sheIsNotResolvedToAPlaceNamedAfterThePerson() {
        // "the Western Isles" and "Port Avenel" stand between the envoy's name and "she": neither is a person
        String text = "Much of the credit goes to Dr. Rosa Mendel-Kay, the envoy for the Western Isles, who travelled "
                + "between Port Avenel and Osterby for weeks. \u201CNobody walked out,\u201D she told delegates.";
        Quote q = containing(extract(text), "Nobody walked out");
        assertEquals("Rosa Mendel-Kay", q.speaker().name());
    }
}
