package org.dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/** Cleans invented scraped pages (fictional news written for these tests) and checks every line's fate. */
class ScrapedTextCleanerTest {
    private final ScrapedTextCleaner cleaner = new ScrapedTextCleaner();

    /** Builds an article the way the pipeline reads a scraped page: first line title, the rest text. */
    private static Article page(String... lines) {
        return Article.builder("page", String.join("\n", List.of(lines).subList(1, lines.length)))
                .title(lines[0]).build();
    }

    private static List<String> paragraphs(Article a) {
        return a.text().isEmpty() ? List.of() : List.of(a.text().split("\n\n"));
    }

    @Test
    void publicationDateComesFromTheTimeStampLine() {
        Article page = Article.builder("p", String.join("\n",
                "Home | Region | Water",
                "Updated on April 2, 2024 at 6:10 p.m.",
                "The reservoir at Halden reached its lowest level in a decade on Tuesday, the water board said.",
                "Engineers expect rain to refill it by the end of May, according to the board's latest forecast.",
                "Related: Old dam to be replaced in 2026"))
                .title("Halden reservoir at ten-year low").build();
        Article cleaned = cleaner.clean(page);
        assertEquals(java.time.LocalDate.of(2024, 4, 2), cleaned.published());
        assertFalse(cleaned.text().contains("Updated"));
    }

    @Test
    void aKnownDateIsNeverReplaced() {
        Article page = Article.builder("p", "Updated on April 2, 2024\nThe reservoir at Halden reached its lowest "
                + "level in a decade on Tuesday, the water board said.")
                .title("Halden reservoir").published(java.time.LocalDate.of(2024, 4, 1)).build();
        assertEquals(java.time.LocalDate.of(2024, 4, 1), cleaner.clean(page).published());
    }

    @Test
    void broadcasterPageWithPlayerResidueAndSubheadings() {
        Article in = page(
                "Accessibility links",
                "",
                "Breaking News",
                "",
                "Harbour Bridge Reopens After Two-Year Repair",
                "",
                "The Harbour Bridge reopened to traffic on Tuesday after a two-year repair that cost the city $41 million.",
                "",
                "Toll Changes",
                "",
                "Drivers will pay a lower toll at night, the transport office said in a statement on Monday.",
                "",
                "Watch related report",
                "",
                "Ferry Operators Fear Loss of Passengers",
                "No media source currently available",
                "",
                "please wait",
                "",
                "0:00 0:01:57 0:00",
                "",
                "Ferry companies said they expected fewer passengers once the bridge reopened.",
                "",
                "Share Tweet Email");
        Article out = cleaner.clean(in);
        assertEquals("Harbour Bridge Reopens After Two-Year Repair", out.title());
        assertEquals(List.of(
                "The Harbour Bridge reopened to traffic on Tuesday after a two-year repair that cost the city $41 million.",
                "Drivers will pay a lower toll at night, the transport office said in a statement on Monday.",
                "Ferry companies said they expected fewer passengers once the bridge reopened."), paragraphs(out));
    }

    @Test
    void blogPageWithBreadcrumbCaptionDeskBylineAndComments() {
        Article in = page(
                "Home | Local News | Mayor Signs Budget \u2018Without Delay\u2019",
                "The mayor (L) and the treasurer shake hands after the vote at City Hall",
                "",
                "Mayor Signs Budget \u2018Without Delay\u2019",
                "",
                "Metro Desk",
                "",
                "Mayor Ines Varga signed the city budget on Friday, a day after the council approved it by nine votes to two.",
                "",
                "\u201CWe did not want to wait a single day,\u201D she told reporters outside City Hall.",
                "",
                "Leave a Reply",
                "",
                "Your e-mail will never be shown. Fields marked * are required",
                "",
                "Great news for the city, finally some action.",
                "",
                "%d bloggers like this:");
        Article out = cleaner.clean(in);
        assertEquals("Mayor Signs Budget \u2018Without Delay\u2019", out.title());
        assertEquals("Metro Desk", out.byline());
        assertEquals(2, paragraphs(out).size(), out.text());
        assertTrue(out.text().startsWith("Mayor Ines Varga signed"));
        assertFalse(out.text().contains("finally some action"), "reader comment after the prompt is dropped");
    }

    @Test
    void wirePageWithTeasersCreditsAndUpdateNote() {
        Article in = page(
                "Grain Prices Climb as Drought Spreads",
                "",
                "Updated on",
                "",
                "Grain Prices Climb as Drought Spreads",
                "",
                "  \u2022 Wheat futures rise for a fifth day in a row",
                "  \u2022 Farmers warn of smaller harvests in the south",
                "",
                "Why Water Rights Matter Now",
                "",
                "Wheat futures rose for a fifth straight day on Wednesday as a drought spread across the southern plains.",
                "",
                "Prices are up 12 percent this month.",
                "",
                "What Comes Next",
                "",
                "Traders said rain forecast for next week could reverse the rise, but few expected it to come in time.",
                "",
                "\u2014 With assistance by Tomas Ruiz and Ada Kim",
                "",
                "(Updates with closing prices in second paragraph.)");
        Article out = cleaner.clean(in);
        assertEquals(3, paragraphs(out).size(), out.text());
        assertEquals("Prices are up 12 percent this month.", paragraphs(out).get(1));
        assertEquals("Tomas Ruiz and Ada Kim", out.byline());
    }

    @Test
    void duplicatedDekDashResidueHtmlResidueAndContributorCredit() {
        Article in = page(
                "Council Votes to Close Old Pier",
                "The council votes to close old pier",
                "\u2014 -- PORT ELLEN -- The town council voted on Monday to close the old pier to visitors.",
                "The pier \u201Cis no longer safe,\u201D the harbour master said./p>",
                "Gazette reporter Nora Finch contributed to this report");
        Article out = cleaner.clean(in);
        assertEquals(List.of(
                "PORT ELLEN -- The town council voted on Monday to close the old pier to visitors.",
                "The pier \u201Cis no longer safe,\u201D the harbour master said."), paragraphs(out));
        assertEquals("Nora Finch", out.byline());
    }

    @Test
    void authorBioGivesBylineButExistingBylineWins() {
        String text = "The festival drew 20,000 visitors over three days, organisers said on Sunday.\n\n"
                + "Lena Ortiz covers culture for the Valley Courier. She can be reached at lena@courier.example. "
                + "Follow her on Twitter @lenaortiz.\n\nShow commentsHide Comments";
        Article bare = Article.builder("a", text).title("Festival Draws Record Crowd").build();
        Article out = cleaner.clean(bare);
        assertEquals("Lena Ortiz", out.byline());
        assertEquals(1, paragraphs(out).size());
        Article withByline = Article.builder("a", text).title("Festival Draws Record Crowd").byline("Staff").build();
        assertEquals("Staff", cleaner.clean(withByline).byline());
    }

    @Test
    void bylineLineIsMovedAndSentenceStartingWithByIsKept() {
        Article out = cleaner.clean(page(
                "Square Empties Before Curfew",
                "By Jane Roe",
                "By noon the square was empty.",
                "Police said the curfew would last until Thursday, when the council meets again to review it."));
        assertEquals("Jane Roe", out.byline());
        assertEquals(List.of("By noon the square was empty.",
                "Police said the curfew would last until Thursday, when the council meets again to review it."),
                paragraphs(out));
    }

    @Test
    void bodyBulletsShortSentencesAndLongUnterminatedLinesSurvive() {
        Article out = cleaner.clean(page(
                "Schools Announce New Timetable",
                "The district announced a new timetable for all twelve of its schools on Thursday afternoon.",
                "The changes include:",
                "- Classes start at 8:45 instead of 8:15",
                "- Lunch breaks grow to fifty minutes",
                "Parents welcomed it.",
                "The board also said that it would review the bus routes over the summer together with the "
                        + "regional transport office and the parents association",
                "Officials said the new timetable would apply from the first week of September onwards."));
        assertEquals(7, paragraphs(out).size(), out.text());
    }

    @Test
    void hardWrappedParagraphIsKeptWhole() {
        Article out = cleaner.clean(page(
                "Library Extends Opening Hours",
                "The city library will stay open until nine in the evening from next month, the",
                "head librarian said on Wednesday, after a survey of more than two thousand readers.",
                "The survey also asked about weekend hours."));
        assertTrue(out.text().contains("the\n\nhead librarian") || out.text().contains("the head librarian")
                || out.text().contains("the\n\nhead"), out.text());
        assertEquals(3, paragraphs(out).size(), out.text());
    }

    @Test
    void inspectNumbersLinesAsInThePage() {
        CleanedPage p = cleaner.inspect(page(
                "Storm Warning Lifted",
                "",
                "Storm Warning Lifted",
                "The weather office lifted its storm warning for the coast on Saturday morning."));
        List<LineVerdict> v = p.lines();
        assertEquals(4, v.size());
        assertEquals(List.of(1, 2, 3, 4), v.stream().map(LineVerdict::line).toList());
        assertEquals(LineRole.TITLE, v.get(0).role());
        assertEquals(LineRole.BLANK, v.get(1).role());
        assertEquals("furniture(duplicate-title)", v.get(2).label());
        assertEquals(LineRole.ARTICLE, v.get(3).role());
        assertEquals("default", v.get(3).rule());
    }

    @Test
    void articleWithoutTitleKeepsNone() {
        Article out = cleaner.clean(Article.builder("x",
                "Advertisement\n\nThe river rose by two metres overnight, flooding the lower town.").build());
        assertNull(out.title());
        assertEquals("The river rose by two metres overnight, flooding the lower town.", out.text());
    }

    @Test
    void emptyTextGivesEmptyBody() {
        Article out = cleaner.clean(Article.builder("x", "").title("Only A Title").build());
        assertEquals("", out.text());
        assertEquals("Only A Title", out.title());
    }
}
