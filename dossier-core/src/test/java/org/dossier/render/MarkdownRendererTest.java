package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.Briefing;
import org.dossier.model.Citation;
import org.dossier.model.SourceRef;
import org.dossier.model.SummarySentence;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void headlineFactsAndSectionsAreMarkdownBlocks() {
        String md = renderer.render(ExampleBriefings.typical());
        assertTrue(md.startsWith("# Port Elwyn harbour bridge reopens after storm repairs\n\n"
                + "*3 sources \u00b7 43 words \u00b7 focus: cost of the repairs*\n\n"), md);
        assertTrue(md.contains("\n## Sources\n\n1. <a id=\"source-1\"></a>Harbour Gazette \u2014 "
                + "Bridge reopens to traffic \u2014 Maria Ortega \u2014 2025-03-10 \u2014 "
                + "<https://gazette.example/2025/bridge>\n"), md);
        assertTrue(md.contains("\n## Skipped inputs\n\n- in/empty.html: no article text found in HTML\n"), md);
    }

    @Test
    void citationLinksFollowTheirSentenceAndCarryTheSourceSentenceAsTitle() {
        String md = renderer.render(ExampleBriefings.typical());
        int s1 = md.indexOf("storm repairs. [\\[1\\]](#source-1 \"The harbour bridge reopened on Monday after six "
                + "weeks of repairs.\")[\\[3\\]](#source-3 \"Traffic crossed the bridge again on Monday morning.\")");
        int s2 = md.indexOf("the city council said. [\\[2\\]](#source-2 ");
        int s3 = md.indexOf("within hours. [\\[3\\]](#source-3 ");
        assertTrue(s1 > 0 && s2 > s1 && s3 > s2, md);
    }

    @Test
    void articleTextCannotOpenMarkup() {
        String md = renderer.render(ExampleBriefings.hostile());
        assertTrue(md.startsWith("# \\<script\\>alert(1)\\</script\\> \\# headline\n"), md);
        assertTrue(md.contains("\\*bold\\* \\_it\\_ \\[link\\](javascript:alert(3)) \\<b\\>x\\</b\\> \\`code\\` "
                + "\\&amp; \\| \\~\\~s\\~\\~"), md);
        assertTrue(md.contains("\\</span\\>\\<img src=x onerror=alert(4)\\>"), md);
        // The second sentence starts with "# 1. -": escaped so it cannot become a heading or a list.
        assertTrue(md.contains(" \\# 1. - not a heading nor a list [\\[2\\]]"), md);
        assertTrue(md.contains("\\\"quoted\\\" \\\\ back \\& forth line\")"), "title quotes are escaped: " + md);
        // Each markup character in article text is preceded by a backslash.
        String withoutEscapes = md.replaceAll("\\\\.", "");
        assertFalse(withoutEscapes.contains("<script"), md);
        assertFalse(withoutEscapes.contains("<img"), md);
        assertFalse(withoutEscapes.contains("*bold*"), md);
    }

    @Test
    void onlyHttpUrlsBecomeLinks() {
        String md = renderer.render(ExampleBriefings.hostile());
        assertFalse(md.contains("<javascript:"), md);
        assertFalse(md.replaceAll("\\\\.", "").contains("](javascript:"), "only escaped brackets: " + md);
        assertFalse(md.contains("<data:"), md);
        assertTrue(md.contains("\u2014 javascript:alert(5)\n"), "shown as plain text: " + md);
        assertFalse(md.contains("<https://ok.example/a b"), "a URL with a space is no autolink: " + md);
    }

    @Test
    void lineStartsThatWouldBeListsOrHeadingsAreEscaped() {
        assertEquals("1999\\. A year", MarkdownEscaper.text("1999. A year"));
        assertEquals("7\\) items", MarkdownEscaper.text("7) items"));
        assertEquals("\\- dash", MarkdownEscaper.text("- dash"));
        assertEquals("\\+ plus", MarkdownEscaper.text("+ plus"));
        assertEquals("\\> quote", MarkdownEscaper.text("> quote"));
        assertEquals("\\#hashtag", MarkdownEscaper.text("#hashtag"));
        assertEquals("Plain words, 3.5% up.", MarkdownEscaper.text("Plain words, 3.5% up."));
        assertEquals("two lines", MarkdownEscaper.text("two\n\nlines"));
        assertEquals("", MarkdownEscaper.text(null));
    }

    @Test
    void fileNamesStandInForMissingMetadata() {
        String md = renderer.render(ExampleBriefings.noMetadata());
        assertTrue(md.contains("1. <a id=\"source-1\"></a>first-report.txt\n"
                + "2. <a id=\"source-2\"></a>wire.jsonl\\#12\n"), md);
    }

    @Test
    void emptySummaryIsSaidAndSourcesSectionLeftOut() {
        String md = renderer.render(ExampleBriefings.emptySummary());
        assertTrue(md.startsWith("# Briefing\n\n*0 sources \u00b7 0 words*\n\n*No summary"), md);
        assertFalse(md.contains("## Sources"));
        assertTrue(md.contains("- (unknown input): stdin was empty\n"), md);
    }

    @Test
    void gapsInSourceNumbersUseExplicitNumbers() {
        Briefing b = new Briefing("Gaps",
                List.of(new SummarySentence("It happened.", List.of(new Citation(4, 0, "It did.")))),
                List.of(new SourceRef(2, "a", "Two", null, null, null, null, null),
                        new SourceRef(4, "b", "Four", null, null, null, null, null)),
                List.of(), null, 10);
        String md = renderer.render(b);
        assertTrue(md.contains("- **\\[2\\]** <a id=\"source-2\"></a>Two\n- **\\[4\\]** <a id=\"source-4\"></a>Four\n"),
                md);
    }

    @Test
    void unicodeIsKeptAsIs() {
        String md = renderer.render(ExampleBriefings.unicode());
        assertTrue(md.startsWith("# Γέφυρα ξανανοίγει — 港口大桥重新开放 🌉\n"), md);
        assertTrue(md.contains("افتتح الجسر يوم الاثنين. [\\[3\\]]"), md);
    }
}
