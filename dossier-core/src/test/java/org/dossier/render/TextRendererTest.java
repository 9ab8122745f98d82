package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.Briefing;
import org.dossier.model.Citation;
import org.dossier.model.SourceRef;
import org.dossier.model.SummarySentence;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    @Test
    void startsWithHeadlineUnderlineAndFactsLine() {
        List<String> lines = new TextRenderer().render(ExampleBriefings.typical()).lines().toList();
        assertEquals("Port Elwyn harbour bridge reopens after storm repairs", lines.get(0));
        assertEquals("=".repeat(lines.get(0).length()), lines.get(1));
        assertEquals("3 sources \u00b7 43 words \u00b7 focus: cost of the repairs", lines.get(2));
        assertEquals("", lines.get(3));
    }

    @Test
    void factsLineLeavesOutAMissingFocusAndUsesSingulars() {
        Briefing one = new Briefing("One", List.of(new SummarySentence("Alone.", List.of(new Citation(1, 0, "A.")))),
                List.of(new SourceRef(1, "a", null, null, null, null, null, null)), List.of(), null, 10);
        assertEquals("1 source \u00b7 1 word", new TextRenderer().render(one).lines().toList().get(2));
    }

    @Test
    void citationMarksFollowTheirOwnSentence() {
        String text = flatten(new TextRenderer().render(ExampleBriefings.typical()));
        assertTrue(text.contains(ExampleBriefings.SENTENCE_1 + " [1][3] " + ExampleBriefings.SENTENCE_2 + " [2] "
                + ExampleBriefings.SENTENCE_3 + " [3][1]"), text);
    }

    @Test
    void twoCitationsOfOneSourceGiveOneMark() {
        SummarySentence s = new SummarySentence("Both said so.", List.of(
                new Citation(2, 0, "First."), new Citation(2, 5, "Second."), new Citation(1, 1, "Third.")));
        assertEquals("[2][1]", TextRenderer.citationMarks(s));
    }

    @Test
    void noLineIsWiderThanTheWidth() {
        for (int width : new int[] {20, 33, 50, 80, 120}) {
            TextRenderer renderer = new TextRenderer(width);
            for (Briefing b : ExampleBriefings.all()) {
                for (String line : renderer.render(b).lines().toList()) {
                    assertTrue(DisplayWidth.of(line) <= width || isOneUnbreakableWord(line),
                            "width " + width + ": [" + line + "]");
                    assertFalse(line.endsWith(" "), "no trailing spaces: [" + line + "]");
                }
            }
        }
    }

    @Test
    void wrappingKeepsEveryWordAndMarkInOrder() {
        String wide = new TextRenderer(200).render(ExampleBriefings.typical());
        String narrow = new TextRenderer(24).render(ExampleBriefings.typical());
        String summaryWide = wide.split("\n\n")[1];
        String summaryNarrow = narrow.split("\n\n")[1];
        assertEquals(flatten(summaryWide), flatten(summaryNarrow));
        assertTrue(narrow.lines().noneMatch(l -> l.startsWith("[1][3]") || l.startsWith("[2]") && !l.contains(" ")),
                "a citation mark never starts a summary line on its own");
    }

    @Test
    void sourcesShowKnownPartsAndFallBackToTheFileName() {
        String typical = new TextRenderer().render(ExampleBriefings.typical());
        assertTrue(typical.contains(
                "[1] Harbour Gazette \u2014 Bridge reopens to traffic \u2014 Maria Ortega \u2014 2025-03-10\n"
                        + "    https://gazette.example/2025/bridge\n"), typical);
        assertTrue(typical.contains("[2] Port Elwyn Council \u2014 Council statement on bridge costs \u2014 2025-03-11\n"));
        String bare = new TextRenderer().render(ExampleBriefings.noMetadata());
        assertTrue(bare.contains("[1] first-report.txt\n[2] wire.jsonl#12\n"), bare);
    }

    @Test
    void alignsSourceLabelsWhenNumbersReachTwoDigits() {
        List<SourceRef> sources = new java.util.ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            sources.add(new SourceRef(n, "id" + n, "Title " + n, null, null, null, null, null));
        }
        Briefing b = new Briefing("Many", List.of(), sources, List.of(), null, 10);
        String text = new TextRenderer().render(b);
        assertTrue(text.contains("\n[9]  Title 9\n[10] Title 10\n"), text);
    }

    @Test
    void listsSkippedInputsAndSaysWhenThereIsNoSummary() {
        String text = new TextRenderer().render(ExampleBriefings.emptySummary());
        assertTrue(text.startsWith("Briefing\n========\n0 sources \u00b7 0 words\n"), text);
        assertTrue(text.contains("(No summary: no usable sentences were found.)"));
        assertFalse(text.contains("Sources\n"), "no empty Sources heading");
        assertTrue(text.contains("Skipped inputs\n--------------\n- in/a.txt: empty file\n"
                + "- (unknown input): stdin was empty\n"), text);
    }

    @Test
    void dropsControlCharactersSoTheTerminalIsSafe() {
        String text = new TextRenderer().render(ExampleBriefings.hostile());
        assertTrue(text.chars().noneMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n'), text);
        assertTrue(text.contains("<script>alert(1)</script> # headline"), "text output shows text as is");
    }

    @Test
    void sentencePerLineStartsEachSentenceOnANewLine() {
        String text = new TextRenderer(80, TextRenderer.Layout.SENTENCE_PER_LINE).render(ExampleBriefings.typical());
        assertTrue(text.contains("\nRepairs cost 4.2 million euros, the city council said. [2]\nFerry operators"),
                text);
    }

    @Test
    void breaksChineseBetweenCharactersButNotBeforeAFullWidthComma() {
        List<String> lines = new TextRenderer(40).render(ExampleBriefings.unicode()).lines().toList();
        List<String> summary = lines.subList(4, lines.indexOf("Sources") - 1);
        assertTrue(summary.size() > 3, summary.toString());
        for (String line : summary) {
            assertTrue(DisplayWidth.of(line) <= 40, line);
            assertFalse(line.startsWith("\uff0c") || line.startsWith("\u3002"), line);
        }
        assertEquals(ExampleBriefings.unicode().summary().get(0).text(),
                String.join("", summary).substring(0, ExampleBriefings.unicode().summary().get(0).text().length()));
    }

    @Test
    void rejectsWidthsTooNarrowToUse() {
        assertThrows(IllegalArgumentException.class, () -> new TextRenderer(TextRenderer.MIN_WIDTH - 1));
        assertEquals(TextRenderer.DEFAULT_WIDTH, new TextRenderer().width());
    }

    /**
     * A line holding one word that is wider than the line, possibly after a source marker and with a glued
     * separator or citation marks.
     */
    private static boolean isOneUnbreakableWord(String line) {
        String word = line.strip().replaceFirst("^\\[\\d+\\] +", "").replace(" \u2014", "").replaceAll(" (\\[\\d+\\])+$", "");
        return !word.contains(" ");
    }

    /** Joins wrapped lines back into one line. */
    private static String flatten(String text) {
        return String.join(" ", TextWrapper.words(text));
    }
}
