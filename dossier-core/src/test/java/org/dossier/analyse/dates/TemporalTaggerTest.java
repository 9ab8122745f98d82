package org.dossier.analyse.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalTaggerTest {
    private static final LocalDate TUESDAY_18_MARCH = LocalDate.of(2025, 3, 18);
    private static final LocalDate MONDAY_10_MARCH = LocalDate.of(2025, 3, 10);
    private static final LocalDate SATURDAY_15_MARCH = LocalDate.of(2025, 3, 15);

    private final TemporalTagger tagger = new TemporalTagger();

    private TemporalMention only(String text, LocalDate anchor) {
        List<TemporalMention> mentions = tagger.tag(text, anchor);
        assertEquals(1, mentions.size(), () -> "mentions in '" + text + "': " + mentions);
        return mentions.get(0);
    }

    @Test
    void absoluteDatesResolveWithoutAnAnchor() {
        assertEquals(LocalDate.of(2015, 9, 28), only("The vote was held on September 28, 2015 in Oslo.", null).resolved());
        assertEquals(LocalDate.of(2015, 9, 28), only("Filed 2015-09-28 by the clerk.", null).resolved());
        assertEquals(LocalDate.of(2025, 3, 14), only("Friday 14 March 2025, 5:58 pm", null).resolved());
        TemporalMention month = only("The mill closed in June 2014 after a fire.", null);
        assertEquals(LocalDate.of(2014, 6, 1), month.resolved());
        assertEquals(Granularity.MONTH, month.granularity());
        assertEquals("2014-06", month.expression());
        TemporalMention year = only("The ferry has run at a loss since 2009.", null);
        assertEquals("2009", year.expression());
        assertEquals(Granularity.YEAR, year.granularity());
        assertFalse(year.relative());
    }

    @Test
    void aDayWithoutAYearTakesTheYearClosestToTheAnchor() {
        TemporalMention sept = only("The committee meets again on Sept. 28.", LocalDate.of(2015, 9, 20));
        assertEquals(LocalDate.of(2015, 9, 28), sept.resolved());
        assertTrue(sept.relative());
        assertEquals(LocalDate.of(2014, 12, 30),
                only("Ticket prices rose on Dec. 30, the operator said.", LocalDate.of(2015, 1, 4)).resolved());
        assertEquals(LocalDate.of(2025, 4, 7),
                only("The panel will first sit on 7 April in the capital.", MONDAY_10_MARCH).resolved());
        TemporalMention unanchored = only("The panel sits on Oct. 31.", null);
        assertNull(unanchored.resolved());
        assertEquals("XXXX-10-31", unanchored.expression());
    }

    @Test
    void aBareWeekdayInAPastReportIsTheMostRecentOne() {
        assertEquals(MONDAY_10_MARCH, only("The two mayors met on Monday in Tarrow.", SATURDAY_15_MARCH).resolved());
        assertEquals(LocalDate.of(2025, 3, 14),
                only("The ferry sank on Friday, officials said.", SATURDAY_15_MARCH).resolved());
        // the same weekday as the publication day is that day
        assertEquals(SATURDAY_15_MARCH, only("Crowds gathered on Saturday.", SATURDAY_15_MARCH).resolved());
    }

    @Test
    void aWeekdayInAFutureContextIsTheComingOne() {
        assertEquals(LocalDate.of(2025, 3, 14),
                only("The ministers will meet again on Friday in Osterby.", MONDAY_10_MARCH).resolved());
        assertEquals(LocalDate.of(2025, 3, 14),
                only("She said the two would meet again on Friday.", MONDAY_10_MARCH).resolved());
        assertEquals(LocalDate.of(2025, 3, 16),
                only("The fair runs until Sunday morning.", LocalDate.of(2025, 3, 14)).resolved());
        // the nearest tense cue wins: "said" is next to Monday, "would" belongs to the reported plan
        List<TemporalMention> both = tagger.tag("The mayor said on Monday that the board would vote on Friday.",
                LocalDate.of(2025, 3, 12));
        assertEquals(LocalDate.of(2025, 3, 10), both.get(0).resolved());
        assertEquals(LocalDate.of(2025, 3, 14), both.get(1).resolved());
    }

    @Test
    void lastMondayIsLastWeeksMondayButOnMondayIsYesterday() {
        // the relative-date trap of the example story: an article of Tuesday 18 March
        List<TemporalMention> mentions = tagger.tag("The talks began last Monday. On Monday, inspectors cleared "
                + "the first three barges.", TUESDAY_18_MARCH);
        assertEquals(2, mentions.size());
        assertEquals("last Monday", mentions.get(0).text());
        assertEquals(MONDAY_10_MARCH, mentions.get(0).resolved());
        assertEquals(LocalDate.of(2025, 3, 17), mentions.get(1).resolved());
        assertEquals(LocalDate.of(2025, 3, 25), only("The board meets next Tuesday.", TUESDAY_18_MARCH).resolved());
        assertEquals(LocalDate.of(2025, 3, 21), only("The report is due this Friday.", TUESDAY_18_MARCH).resolved());
    }

    @Test
    void todayInsideAQuoteBelongsToTheDayTheWordsWereSpoken() {
        // published on Saturday, but the remark was made at Friday's meeting
        List<TemporalMention> mentions = tagger.tag("\"We argued for a week; today we shook hands,\" the mayor told "
                + "reporters after Friday's meeting.", SATURDAY_15_MARCH);
        assertEquals(2, mentions.size());
        assertEquals("today", mentions.get(0).text());
        assertEquals(LocalDate.of(2025, 3, 14), mentions.get(0).resolved());
        assertEquals(LocalDate.of(2025, 3, 14), mentions.get(0).anchor());
        // outside a quotation, today is the publication day
        assertEquals(SATURDAY_15_MARCH, only("The bridge reopened today.", SATURDAY_15_MARCH).resolved());
    }

    @Test
    void deicticWordsAndPeriods() {
        LocalDate anchor = LocalDate.of(2025, 3, 12); // a Wednesday
        assertEquals(LocalDate.of(2025, 3, 11), only("Power failed yesterday.", anchor).resolved());
        assertEquals(LocalDate.of(2025, 3, 13), only("Results come tomorrow.", anchor).resolved());
        assertEquals(anchor, only("The band plays tonight.", anchor).resolved());
        assertEquals(anchor, only("They met this afternoon.", anchor).resolved());
        TemporalMention lastWeek = only("The storm hit last week.", anchor);
        assertEquals(LocalDate.of(2025, 3, 3), lastWeek.resolved());
        assertEquals(Granularity.WEEK, lastWeek.granularity());
        assertEquals("2025-W10", lastWeek.expression());
        assertEquals(LocalDate.of(2025, 3, 10), only("Prices fell this week.", anchor).resolved());
        assertEquals(LocalDate.of(2024, 1, 1), only("Sales doubled last year.", anchor).resolved());
        assertEquals(LocalDate.of(2025, 4, 1), only("Work starts next month.", anchor).resolved());
        TemporalMention earlier = only("Rents rose earlier this month.", anchor);
        assertEquals(LocalDate.of(2025, 3, 1), earlier.resolved());
        assertEquals("earlier this month", earlier.text());
        assertEquals(LocalDate.of(2025, 3, 9), only("The fire started three days ago.", anchor).resolved());
        assertEquals(LocalDate.of(2025, 2, 1), only("The boats were seized in February.", anchor).resolved());
    }

    @Test
    void withoutAnAnchorRelativeMentionsStayRelative() {
        List<TemporalMention> mentions = tagger.tag("Voters go to the polls on Sunday; the count ends tomorrow.", null);
        assertEquals(2, mentions.size());
        for (TemporalMention m : mentions) {
            assertNull(m.resolved());
            assertTrue(m.relative());
            assertNull(m.anchor());
            assertTrue(m.display().contains("relative"));
        }
        assertEquals("SUNDAY/past", mentions.get(0).expression());
        assertEquals("TODAY+1", mentions.get(1).expression());
    }

    @Test
    void offsetsPointAtTheExpression() {
        String text = "Crews left port on Sept. 28 and returned next Tuesday.";
        for (TemporalMention m : tagger.tag(text, LocalDate.of(2015, 10, 1))) {
            assertEquals(m.text(), text.substring(m.start(), m.end()));
        }
    }

    @Test
    void wordsThatOnlyLookLikeDatesAreLeftAlone() {
        assertTrue(tagger.tag("She may march on, said the 2014 report about 300 people.", null).isEmpty());
        assertTrue(tagger.tag("February 31 is not a day.", null).isEmpty());
    }
}
