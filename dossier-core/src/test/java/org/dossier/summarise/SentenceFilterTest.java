package org.dossier.summarise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentenceFilterTest {

    @Test
    void anOrdinaryNewsSentenceIsGood() {
        assertEquals(Suitability.GOOD,
                SentenceFilter.judge("The ferry company offered its workers a four percent rise on Monday."));
    }

    @Test
    void shortSentencesAndQuestionsAreRejected() {
        assertEquals(Suitability.REJECTED, SentenceFilter.judge("The talks ended."));
        assertEquals(Suitability.REJECTED,
                SentenceFilter.judge("Will the islanders run out of fuel before the strike is over?"));
    }

    @Test
    void linesWithoutFinalPunctuationAreRejected() {
        assertEquals(Suitability.REJECTED,
                SentenceFilter.judge("Ferry strike enters its second week as talks stall in Port Ellis"));
    }

    @Test
    void teasersCutWithAnEllipsisAreRejected() {
        assertEquals(Suitability.REJECTED, SentenceFilter.judge(
                "Harbour master Ada Quist speaks at a hearing of the island council on the ferry timetable and its..."));
    }

    @Test
    void newsroomContactLinesAreRejected() {
        assertEquals(Suitability.REJECTED, SentenceFilter.judge(
                "The night editor of the Port Ellis desk is Sam Vale, 555-014-2290, for any ferry questions."));
        assertEquals(Suitability.REJECTED, SentenceFilter.judge(
                "Send your questions about the ferry timetable to the harbour desk at ferrydesk(at)example.org."));
        assertEquals(Suitability.GOOD, SentenceFilter.judge(
                "The strike cost the island economy 2.5 million dollars in its first 10 days, the council said."));
    }

    @Test
    void quoteFragmentsAreRejectedButAttributedQuotesAreNot() {
        assertEquals(Suitability.REJECTED,
                SentenceFilter.judge("\"We have waited long enough for the company to listen to the crews."));
        assertEquals(Suitability.REJECTED,
                SentenceFilter.judge("“Nobody wants the islands cut off for another week of this dispute.”"));
        assertEquals(Suitability.GOOD, SentenceFilter.judge(
                "“Nobody wants the islands cut off for another week,” the mayor told reporters."));
        assertEquals(Suitability.REJECTED,
                SentenceFilter.judge("``There is no quick fix for the ferry timetable this winter, he warned."));
        assertEquals(Suitability.GOOD, SentenceFilter.judge(
                "``There is no quick fix for the timetable,'' the harbour master said on Friday."));
    }

    @Test
    void pageFurnitureIsRejected() {
        assertEquals(Suitability.REJECTED,
                SentenceFilter.judge("Sign up for our morning newsletter to get the latest ferry news daily."));
        assertEquals(Suitability.REJECTED,
                SentenceFilter.judge("For more on the strike visit www.example.org/ferries and our live blog."));
        assertEquals(Suitability.REJECTED, SentenceFilter.judge(
                "You can share your location with the ferry tracker from the web and the app."));
        assertEquals(Suitability.REJECTED, SentenceFilter.judge(
                "FOR RELEASE MONDAY MARCH 2 Ferry workers walked off the job in Port Ellis."));
        assertEquals(Suitability.REJECTED, SentenceFilter.judge(
                "Harbour Wire reporter Ada Monk in Gullhaven contributed to this report."));
        assertEquals(Suitability.GOOD, SentenceFilter.judge(
                "\"You can not run an island on promises,\" the mayor said on the ferry tracker app."));
        assertEquals(Suitability.REJECTED,
                SentenceFilter.judge("Send your ferry stories to the desk at tips@example.org before noon."));
    }

    @Test
    void piecesOfABadlySplitSentenceAreRejected() {
        assertEquals(Suitability.REJECTED, SentenceFilter.judge(
                "During a long meeting on Monday at the harbour office in Port Ellis, U.S."));
        assertEquals(Suitability.REJECTED, SentenceFilter.judge(
                "The ferry workers were addressed on the quay by the union's lawyer, Mr."));
        assertEquals(Suitability.REJECTED, SentenceFilter.judge(
                "and the company had not replied to the letter by the end of the week."));
    }

    @Test
    void danglingOpenersAreDiscouraged() {
        assertEquals(Suitability.DISCOURAGED,
                SentenceFilter.judge("He said the talks would resume at City Hall next week."));
        assertEquals(Suitability.DISCOURAGED,
                SentenceFilter.judge("However, the union refused to call off the strike on Friday."));
        assertEquals(Suitability.DISCOURAGED,
                SentenceFilter.judge("But the company said it could not afford a higher offer."));
    }

    @Test
    void attributionsToAPronounNeedTheirSpeaker() {
        assertEquals(Suitability.DISCOURAGED, SentenceFilter.judge(
                "The ferry crews will return to work on Monday if the offer is signed, they said."));
        assertEquals(Suitability.DISCOURAGED, SentenceFilter.judge(
                "The harbour will reopen to night traffic within a week of the deal, he told reporters."));
        assertEquals(Suitability.DISCOURAGED, SentenceFilter.judge(
                "\u201CWe have waited long enough for a fair offer from the company,\u201D said she."));
        assertEquals(Suitability.GOOD, SentenceFilter.judge(
                "The ferry crews will return to work on Monday if the offer is signed, union leaders said."));
        assertEquals(Suitability.GOOD, SentenceFilter.judge(
                "Officials said they expect the ferry crews to return to work on Monday morning."));
    }

    @Test
    void needsContextCoversOpenersAndClosers() {
        assertEquals(true, SentenceFilter.needsContext("He denied that the harbour board had misled the crews."));
        assertEquals(true, SentenceFilter.needsContext("The board misled nobody about the money, she added."));
        assertEquals(false, SentenceFilter.needsContext("Harbour master Ada Quist denied misleading the crews."));
    }
}
