package org.dossier.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each small rule and helper on its own, with invented lines. */
class RulesTest {

    /** Judges the middle line of a three-line page whose first and last lines are prose. */
    private static Optional<Furniture> judge(LineRule rule, String line) {
        String prose = "The committee met for three hours on Tuesday and agreed on a plan for the coming year.";
        List<String> lines = List.of(prose, line, prose);
        Page page = new Page("Committee Agrees Plan", lines, List.of(2, 3, 4));
        return rule.judge(new LineContext(page, 1, null));
    }

    @Test
    void widgetLabels() {
        WidgetLabelRule r = new WidgetLabelRule();
        assertEquals(Optional.of(Furniture.SHARE), judge(r, "Share Tweet Email"));
        assertEquals(Optional.of(Furniture.SHARE), judge(r, "Facebook Twitter LinkedIn"));
        assertEquals(Optional.of(Furniture.COMMENTS), judge(r, "Show commentsHide Comments"));
        assertEquals(Optional.empty(), judge(r, "Share prices fell"));
        assertEquals(Optional.empty(), judge(r, "Story"));
    }

    @Test
    void linkLists() {
        LinkListRule r = new LinkListRule();
        assertEquals(Optional.of(Furniture.SHARE), judge(r, "www.gazette.example | @gazette | #harbour"));
        assertEquals(Optional.of(Furniture.SHARE), judge(r, "Follow @gazette"));
        assertEquals(Optional.empty(), judge(r, "Write to tips@gazette.example with your questions."));
        assertEquals(Optional.empty(), judge(r, "The harbour reopened on Monday"));
    }

    @Test
    void mediaTimecodes() {
        MediaTimecodeRule r = new MediaTimecodeRule();
        assertEquals(Optional.of(Furniture.MEDIA), judge(r, "0:00 0:02:42 0:00"));
        assertEquals(Optional.of(Furniture.MEDIA), judge(r, "02:15 / 03:40"));
        assertEquals(Optional.empty(), judge(r, "The game starts at 7:30 tonight."));
    }

    @Test
    void breadcrumbs() {
        BreadcrumbRule r = new BreadcrumbRule();
        assertEquals(Optional.of(Furniture.NAVIGATION), judge(r, "Home | World | Europe"));
        assertEquals(Optional.of(Furniture.NAVIGATION), judge(r, "News > Politics > Elections"));
        assertEquals(Optional.empty(), judge(r, "He chose option A | B."));
    }

    @Test
    void phrasesMatchWholeLinesOnly() {
        PhraseRule r = new PhraseRule("phrase:navigation", Furniture.NAVIGATION, List.of("breaking news"));
        assertEquals(Optional.of(Furniture.NAVIGATION), judge(r, "BREAKING NEWS:"));
        assertEquals(Optional.empty(), judge(r, "Breaking news reached the village late."));
    }

    @Test
    void patternsRespectTheWordLimit() {
        PatternRule r = new PatternRule("credit", Furniture.CREDIT, "contributed to this report", 12);
        assertEquals(Optional.of(Furniture.CREDIT), judge(r, "Sam Poe contributed to this report."));
        String longLine = "The agency said that many people in many towns over many years contributed to this "
                + "report on water quality, which it published today.";
        assertEquals(Optional.empty(), judge(r, longLine));
    }

    @Test
    void captionsNeedAStrongCueOrAnUnterminatedLine() {
        CaptionRule r = new CaptionRule();
        assertEquals(Optional.of(Furniture.CAPTION), judge(r, "Photo: Fishing boats in the harbour at dawn"));
        assertEquals(Optional.of(Furniture.CAPTION), judge(r, "The mayor (R) greets visitors at the fair"));
        assertEquals(Optional.empty(), judge(r, "Senator Alba (R) voted against the bill on Monday."));
    }

    @Test
    void bylines() {
        BylineRule r = new BylineRule();
        assertEquals(Optional.of(Furniture.BYLINE), judge(r, "By Jane Roe and Sam Poe, Valley Courier"));
        assertEquals(Optional.of(Furniture.BYLINE), judge(r, "Metro Desk"));
        assertEquals(Optional.empty(), judge(r, "By noon the square was empty."));
        assertEquals(Optional.empty(), judge(r, "by the river"));
    }

    @Test
    void duplicateTitle() {
        DuplicateTitleRule r = new DuplicateTitleRule();
        assertEquals(Optional.of(Furniture.DUPLICATE_TITLE), judge(r, "COMMITTEE AGREES PLAN"));
        assertEquals(Optional.of(Furniture.DUPLICATE_TITLE), judge(r, "The committee agrees plan"));
        assertEquals(Optional.empty(), judge(r, "The committee agrees plan."));
    }

    @Test
    void subheadingsAreShortNonSentences() {
        LineRule r = new PositionRules.Subheading();
        assertEquals(Optional.of(Furniture.SUBHEADING), judge(r, "Budget worries"));
        assertEquals(Optional.empty(), judge(r, "Budget worries remain."));
        assertEquals(Optional.empty(), judge(r, "- Budget worries"));
        assertEquals(Optional.empty(), judge(r, "Prices rose. Fares too"));
    }

    @Test
    void relatedHeadlineNeedsALeadIn() {
        RelatedHeadlineRule r = new RelatedHeadlineRule();
        Page page = new Page(null, List.of("Read more", "Another Story About Ferries"), List.of(1, 2));
        assertEquals(Optional.of(Furniture.RELATED), r.judge(new LineContext(page, 1, Furniture.RELATED)));
        assertEquals(Optional.empty(), r.judge(new LineContext(page, 1, null)));
    }

    @Test
    void classifierAsksRulesInOrder() {
        List<LineRule> rules = new ArrayList<>();
        rules.add(new PhraseRule("first", Furniture.MEDIA, List.of("video")));
        rules.add(new PhraseRule("second", Furniture.NAVIGATION, List.of("video")));
        LineClassifier c = new LineClassifier(rules);
        Page page = new Page(null, List.of("Video", "A sentence."), List.of(1, 2));
        List<LineClassifier.Decision> d = c.classify(page);
        assertEquals(new LineClassifier.Decision(Furniture.MEDIA, "first"), d.get(0));
        assertTrue(d.get(1).isArticle());
    }

    @Test
    void lineFeatures() {
        assertTrue(LineFeatures.endsLikeSentence("It rained."));
        assertTrue(LineFeatures.endsLikeSentence("\u201CIt rained,\u201D she said.\u201D"));
        assertTrue(LineFeatures.endsLikeSentence("(Updates with prices.)"));
        assertFalse(LineFeatures.endsLikeSentence("Rain Hits Town"));
        assertTrue(LineFeatures.endsLikeSentence("The minister listed the three demands of the union:"));
        assertFalse(LineFeatures.endsLikeSentence("Demands:"));
        assertEquals(1.0, LineFeatures.capitalisedRatio("Aredo Goes From Outsider to Broker"), 1e-9);
        assertEquals("show comments hide", LineFeatures.normalise("Show comments | Hide!"));
        assertTrue(LineFeatures.isBullet("  \u2022 point"));
        assertTrue(LineFeatures.isBullet("2) point"));
        assertFalse(LineFeatures.isBullet("2015 was a year"));
    }

    @Test
    void textRepair() {
        assertEquals("the government.", TextRepair.repairLine("the government./p>"));
        assertEquals("a & b", TextRepair.repairLine("a &amp; b"));
        assertEquals("bold word here", TextRepair.repairLine("<b>bold</b> word\u00A0 here"));
        assertEquals("it ends", TextRepair.repairLine("it ends &QL;"));
        assertEquals("from power. Their talks", TextRepair.repairLine("from power.Their talks"));
        assertEquals("visit news.example.Com now", TextRepair.repairLine("visit news.example.Com now"));
        assertEquals("a 3.5 rise in the U.S.A", TextRepair.repairLine("a 3.5 rise in the U.S.A"));
        assertEquals("ANTALYA -- text", TextRepair.stripLeadingDashes("\u2014 -- ANTALYA -- text"));
        assertEquals("- a bullet", TextRepair.stripLeadingDashes("- a bullet"));
    }

    @Test
    void titleRepair() {
        assertEquals("Storm Hits Coast", TitleRepair.fix("Home | Weather | Storm Hits Coast"));
        assertEquals("Storm Hits the Northern Coast", TitleRepair.fix("Storm Hits the Northern Coast | Gazette"));
        assertEquals("Plain Title", TitleRepair.fix("  Plain Title "));
        assertNull(TitleRepair.fix("   "));
    }

    @Test
    void bylineExtraction() {
        assertEquals("Jane Roe", BylineExtractor.extract(Furniture.BYLINE, "By Jane Roe, Valley Courier"));
        assertEquals("Metro Desk", BylineExtractor.extract(Furniture.BYLINE, "Metro Desk"));
        assertEquals("Lena Ortiz", BylineExtractor.extract(Furniture.AUTHOR_BIO,
                "Lena Ortiz covers culture for the Valley Courier."));
        assertEquals("Nora Finch", BylineExtractor.extract(Furniture.CREDIT,
                "The Gazette's Nora Finch contributed to this report."));
        assertEquals("Ada Kim", BylineExtractor.extract(Furniture.CREDIT, "\u2014 With assistance by Ada Kim"));
        assertNull(BylineExtractor.extract(Furniture.MEDIA, "please wait"));
    }

    @Test
    void furnitureLabelsRoundTrip() {
        for (Furniture f : Furniture.values()) {
            assertEquals(f, Furniture.fromLabel(f.label()));
        }
        assertEquals("duplicate-title", Furniture.DUPLICATE_TITLE.label());
    }
}
