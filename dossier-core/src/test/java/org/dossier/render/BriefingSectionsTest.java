package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.Dossier;
import org.dossier.model.Agreement;
import org.dossier.model.Briefing;
import org.dossier.model.Citation;
import org.dossier.model.Discrepancy;
import org.dossier.model.EntityReport;
import org.dossier.model.EventReport;
import org.dossier.model.QuoteReport;
import org.dossier.model.TimelineItem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The sections after the summary (events, timeline, quotes, who is who, agreement, discrepancies) in every format:
 * shown with citations, left out when empty (except in JSON), escaped, valid against the schema, read back equal.
 */
class BriefingSectionsTest {
    private static final String SCRIPT = "<script>alert(7)</script>";
    private static final String IMG = "<img src=x onerror=alert(8)>";

    /** The typical invented briefing with one item in every section. */
    static Briefing withSections(String quoteText, String speaker) {
        Briefing base = ExampleBriefings.typical();
        Citation gazette = new Citation(1, 0, "The harbour bridge reopened on Monday after six weeks of repairs.");
        Citation radio = new Citation(3, 2, "Traffic crossed the bridge again on Monday morning.");
        Citation quoted = new Citation(1, 3, "\u201c" + quoteText + ",\u201d said " + speaker + ".");
        Citation council = new Citation(2, 4, "The council put the cost of the repairs at 4.2 million euros.");
        Citation contractor = new Citation(3, 6, "The contractor said the work cost 3.9 million euros.");
        return new Briefing(base.headline(), base.summary(), base.sources(), base.skipped(), base.focus(),
                base.wordBudget(),
                List.of(new EventReport("E1", gazette.text(), "Port Elwyn", LocalDate.of(2025, 3, 10), false,
                        List.of(speaker), "six weeks", List.of(1, 3), List.of(gazette, radio))),
                List.of(new TimelineItem(LocalDate.of(2025, 1, 1), "month", null,
                                "The bridge closed in January after a storm.",
                                List.of(new Citation(1, 2, "The bridge closed in January after a storm."))),
                        new TimelineItem(LocalDate.of(2025, 3, 10), "day", "E1", gazette.text(),
                                List.of(gazette, radio))),
                List.of(new QuoteReport(quoteText, "direct", speaker, false, "person", List.of(), List.of(quoted)),
                        new QuoteReport("the bridge was safe", "indirect", "a council engineer", true, "person",
                                List.of(speaker), List.of(council))),
                List.of(new EntityReport(speaker, "person", List.of("Castell"),
                        List.of(new EntityReport.SourceMentions(1, 2)), List.of(quoted))),
                List.of(new Agreement(gazette.text(), 2, 3, List.of(gazette, radio))),
                List.of(new Discrepancy("cost of the repairs", Discrepancy.Kind.NUMBER,
                        Discrepancy.Verdict.CONFLICTING, List.of(
                                new Discrepancy.StatedValue("4.2 million euros", List.of(council)),
                                new Discrepancy.StatedValue("3.9 million euros", List.of(contractor))))));
    }

    private static Briefing ordinary() {
        return withSections("We kept to six weeks", "Mira Castell");
    }

    @Test
    void textShowsEverySectionInOrderWithCitationMarks() {
        String text = new TextRenderer().render(ordinary());
        int last = text.indexOf("repairs.");
        for (String heading : List.of("Events", "Timeline", "Quotes", "Who is who", "Agreement", "Discrepancies",
                "Sources")) {
            int at = text.indexOf("\n" + heading + "\n" + "-".repeat(heading.length()) + "\n");
            assertTrue(at > last, heading + " after the previous section:\n" + text);
            last = at;
        }
        assertTrue(text.contains("E1 \u00b7 Mon 10 March 2025 \u00b7 Port Elwyn \u00b7 six weeks"), text);
        assertTrue(text.contains("Reported by 2 of 3 sources: [1][3]"), text);
        assertTrue(text.contains("\u201cWe kept to six weeks\u201d [1]"), text);
        assertTrue(text.contains("a council engineer (anonymous source)"), text);
        assertTrue(text.contains("(also attributed to Mira Castell)"), text);
        assertTrue(text.replaceAll("\\s+", " ").contains("reported by 2 of 3 [1][3]"), text);
        assertTrue(text.replaceAll("\\s+", " ").contains("- cost of the repairs (number, conflicting): "
                + "\u201c4.2 million euros\u201d [2] vs \u201c3.9 million euros\u201d [3]"), text);
        for (String line : text.split("\n")) {
            assertTrue(DisplayWidth.of(line) <= TextRenderer.DEFAULT_WIDTH, "wrapped: " + line);
        }
    }

    @Test
    void emptySectionsAreLeftOutButJsonWritesThemAll() {
        Briefing plain = ExampleBriefings.typical();
        String text = new TextRenderer().render(plain);
        String markdown = new MarkdownRenderer().render(plain);
        String html = new HtmlRenderer().render(plain);
        for (String heading : List.of("Events", "Timeline", "Quotes", "Who is who", "Agreement", "Discrepancies")) {
            assertFalse(text.contains("\n" + heading + "\n"), heading);
            assertFalse(markdown.contains("## " + heading), heading);
            assertFalse(html.contains("<h2>" + heading + "</h2>"), heading);
        }
        String json = new JsonRenderer().render(plain);
        for (String field : List.of("events", "timeline", "quotes", "entities", "agreements", "discrepancies")) {
            assertTrue(json.contains("\"" + field + "\": []"), field);
        }
    }

    @Test
    void htmlEscapesHostileQuotesAndSpeakers() {
        Briefing hostile = withSections("Tonight " + SCRIPT + " we celebrate", IMG + "\" onmouseover=\"alert(9)");
        Document page = Jsoup.parse(new HtmlRenderer().render(hostile));
        assertTrue(page.select("script, img").isEmpty(), page.html());
        assertTrue(page.getAllElements().stream().noneMatch(e -> e.hasAttr("onerror") || e.hasAttr("onmouseover")));
        Element quotes = page.selectFirst("section.quotes");
        assertTrue(quotes.selectFirst("dt").text().startsWith(IMG), quotes.html());
        assertTrue(quotes.selectFirst("dd").text().contains(SCRIPT), quotes.html());
        // the citation mark's hover text is the quoted source sentence, still as text
        Element mark = quotes.selectFirst("dd sup.cites a");
        assertEquals("#source-1", mark.attr("href"));
        assertTrue(mark.attr("title").contains(SCRIPT), mark.attr("title"));
        assertTrue(page.selectFirst("section.entities strong").text().startsWith(IMG));
    }

    @Test
    void htmlCitesEveryItemAsTheSummaryDoes() {
        Document page = Jsoup.parse(new HtmlRenderer().render(ordinary()));
        for (String section : List.of("events", "timeline", "quotes", "entities", "agreements", "discrepancies")) {
            Element s = page.selectFirst("section." + section);
            assertTrue(s != null && !s.select("sup.cites a[href^=#source-][title]").isEmpty(), section);
        }
        assertEquals(1, page.select("section.discrepancies li.conflicting").size());
    }

    @Test
    void markdownEscapesHostileQuotesAndSpeakers() {
        Briefing hostile = withSections("*Loud* [click](javascript:alert(1)) " + SCRIPT, "_Mira_ <b>Castell</b>");
        String md = new MarkdownRenderer().render(hostile);
        assertTrue(md.contains("\\*Loud\\* \\[click\\](javascript:alert(1)) \\<script\\>"), md);
        assertTrue(md.contains("- **\\_Mira\\_ \\<b\\>Castell\\</b\\>**"), md);
        // raw markup may only remain inside link titles, which CommonMark shows as plain text on hover
        String outsideTitles = md.replaceAll("\\(#source-\\d+ \"(?:[^\"\\\\]|\\\\.)*\"\\)", "");
        assertFalse(outsideTitles.contains("<script>") || outsideTitles.contains("<b>"), outsideTitles);
        assertTrue(md.contains("## Quotes") && md.contains("](#source-1 \""), md);
    }

    @Test
    void jsonWithEverySectionIsValidAndReadsBackEqual() throws Exception {
        for (Briefing b : List.of(ordinary(), withSections(SCRIPT, IMG))) {
            String json = new JsonRenderer().render(b);
            assertEquals(List.of(), SchemaValidator.errors(json));
            assertEquals(b, JsonRenderer.read(json));
            assertEquals(json, new JsonRenderer().render(JsonRenderer.read(json)));
        }
    }

    @Test
    void jsonWithoutTheSectionsStillReads() throws Exception {
        String json = new JsonRenderer().render(ExampleBriefings.typical());
        String old = json.replaceAll("\\n  \"(events|timeline|quotes|entities|agreements|discrepancies)\": \\[],", "");
        assertFalse(old.contains("\"events\""), old);
        assertEquals(ExampleBriefings.typical(), JsonRenderer.read(old));
    }

    @Test
    void jsonReaderNamesTheBrokenSectionField() {
        String json = new JsonRenderer().render(ordinary()).replace("\"verdict\": \"conflicting\"",
                "\"verdict\": \"maybe\"");
        BriefingJsonException e = assertThrows(BriefingJsonException.class, () -> JsonRenderer.read(json));
        assertTrue(e.getMessage().startsWith("$.discrepancies[0].verdict"), e.getMessage());
        String noCitations = new JsonRenderer().render(ordinary()).replaceFirst(
                "(\"events\": \\[\\s*\\{[^\\[]*\"who\": \\[[^\\]]*\\],[^\\[]*\"sources\": \\[[^\\]]*\\],\\s*\"citations\": )"
                        + "\\[[^\\]]*\\]", "$1[]");
        BriefingJsonException empty = assertThrows(BriefingJsonException.class,
                () -> JsonRenderer.read(noCitations));
        assertTrue(empty.getMessage().startsWith("$.events[0].citations"), empty.getMessage());
    }

    @Test
    void theExampleStoryBriefingIsValidJsonAndRoundTrips() throws Exception {
        Path folder = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && folder == null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples/harbour-talks"))) {
                folder = dir.resolve("examples/harbour-talks");
            }
        }
        assertTrue(folder != null, "examples/harbour-talks not found");
        Briefing b = Dossier.builder().build().brief(folder.toString());
        assertFalse(b.quotes().isEmpty() || b.events().isEmpty() || b.entities().isEmpty());
        String json = new JsonRenderer().render(b);
        assertEquals(List.of(), SchemaValidator.errors(json));
        assertEquals(b, JsonRenderer.read(json));
        Document page = Jsoup.parse(new HtmlRenderer().render(b));
        assertTrue(page.select("script").isEmpty());
        assertEquals(b.events().size(), page.select("section.events > ul > li").size());
    }
}
