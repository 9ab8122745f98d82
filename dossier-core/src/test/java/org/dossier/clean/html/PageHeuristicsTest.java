package org.dossier.clean.html;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small rules the extractor relies on: furniture names, comment labels, headline matching, title repair. */
class PageHeuristicsTest {

    private static Element el(String tag, String cls, String id) {
        Element e = new Element(tag);
        if (!cls.isEmpty()) {
            e.attr("class", cls);
        }
        if (!id.isEmpty()) {
            e.attr("id", id);
        }
        return e;
    }

    @Test
    void furnitureNamesAreRecognisedWithoutCatchingInnocentWords() {
        assertEquals(BoilerplateHints.Hint.BOILERPLATE, BoilerplateHints.of(el("div", "comment-list", "")));
        assertEquals(BoilerplateHints.Hint.BOILERPLATE, BoilerplateHints.of(el("div", "", "leftSidebar")));
        assertEquals(BoilerplateHints.Hint.BOILERPLATE, BoilerplateHints.of(el("div", "top-ad", "")));
        assertEquals(BoilerplateHints.Hint.BOILERPLATE, BoilerplateHints.of(el("div", "", "navBar")));
        assertEquals(BoilerplateHints.Hint.BOILERPLATE, BoilerplateHints.of(el("nav", "", "")));
        assertEquals(BoilerplateHints.Hint.BOILERPLATE, BoilerplateHints.of(el("div", "share-buttons", "")));
        // "ad" inside a word, and tool words naming the article's own wrapper, are not furniture.
        assertEquals(BoilerplateHints.Hint.NONE, BoilerplateHints.of(el("div", "shadow", "")));
        assertEquals(BoilerplateHints.Hint.NONE, BoilerplateHints.of(el("td", "", "mainContentPrint")));
        assertEquals(BoilerplateHints.Hint.ARTICLE, BoilerplateHints.of(el("div", "story-body share-bar", "")));
        assertEquals(BoilerplateHints.Hint.ARTICLE, BoilerplateHints.of(el("article", "", "")));
    }

    @Test
    void endOfArticleLinesAreShortAndSpecific() {
        assertTrue(ArticleEndMarkers.endsArticle(block("Comments (12)")));
        assertTrue(ArticleEndMarkers.endsArticle(block("Reader views")));
        assertTrue(ArticleEndMarkers.endsArticle(block("Comments are now closed for this story")));
        assertTrue(ArticleEndMarkers.endsArticle(block("Have your say")));
        assertTrue(ArticleEndMarkers.endsArticle(block("Posted by: Sam, Leeds on 5:19pm Tue 1 Jan")));
        assertFalse(ArticleEndMarkers.endsArticle(block("The minister's comments drew criticism from the unions.")));
        assertFalse(ArticleEndMarkers.endsArticle(block("Views from the hill")));
        assertTrue(ArticleEndMarkers.endsArticle(block("\u00A9 2024 Harbour Gazette. All rights reserved.")));
        assertTrue(ArticleEndMarkers.endsArticle(block("Copyright 2024 Wire Service. May not be republished.")));
        assertFalse(ArticleEndMarkers.endsArticle(block("\u00A9 Wire Service Photo")), "a credit, not a notice");
    }

    @Test
    void storyListTitlesAreRecognised() {
        assertTrue(ArticleEndMarkers.opensStoryList(block("Related stories")));
        assertTrue(ArticleEndMarkers.opensStoryList(block("More news from the coast")));
        assertTrue(ArticleEndMarkers.opensStoryList(block("Harbour Headlines")));
        assertTrue(ArticleEndMarkers.opensStoryList(block("Most popular")));
        assertFalse(ArticleEndMarkers.opensStoryList(block("More rain is expected on Friday")));
        assertFalse(ArticleEndMarkers.opensStoryList(block("Related to the mayor, he said, the plan was never")));
    }

    @Test
    void headlinesMatchDespitePunctuationCaseAndASiteSuffix() {
        assertTrue(MetadataReader.sameHeadline("Mayor's plan wins vote", "MAYORS PLAN WINS VOTE"));
        assertTrue(MetadataReader.sameHeadline("Mayor's plan wins vote", "Mayor's plan wins vote (from The Echo)"));
        assertFalse(MetadataReader.sameHeadline("Plan", "Mayor's plan wins vote in the council chamber"));
        assertFalse(MetadataReader.sameHeadline("", "anything"));
    }

    @Test
    void siteNamesAreCutFromTitles() {
        assertEquals("Ferry strike ends after three days",
                MetadataReader.stripSiteName("Ferry strike ends after three days | Harbour Gazette", null));
        assertEquals("Ferry strike ends after three days",
                MetadataReader.stripSiteName("Gazette :: Ferry strike ends after three days", null));
        assertEquals("No separator here", MetadataReader.stripSiteName("No separator here", null));
    }

    @Test
    void bylinesKeepTheNamesAndRejectDates() {
        assertEquals("Ana Silva", MetadataReader.cleanByline("By Ana Silva | Updated 5 May 2021"));
        assertEquals("Ana Silva", MetadataReader.cleanByline("Ana Silva - Fri, 12/28/2007 - 6:41am."));
        assertEquals("Lena Brandt", MetadataReader.cleanByline("BY Lena Brandt, published Jan 18, 2008"));
        assertEquals("Tom Lee and Ana Silva", MetadataReader.cleanByline("Tom Lee and Ana Silva"));
        assertEquals(null, MetadataReader.cleanByline("5 days ago"));
        assertEquals(null, MetadataReader.cleanByline("Dec 16, 2007 18:22"));
    }

    @Test
    void unclosedTitleIsClosedBeforeTheFirstTag() {
        assertEquals("<title>News</title><script>x</script>",
                RunawayTitleRepair.repair("<title>News<script>x</script>"));
        String fine = "<title>A &lt; B</title><p>x</p>";
        assertEquals(fine, RunawayTitleRepair.repair(fine));
        assertEquals("<p>no title</p>", RunawayTitleRepair.repair("<p>no title</p>"));
    }

    private static TextBlock block(String text) {
        return new TextBlock(text, text.split("\\s+").length, 0, 0, -1, "p");
    }
}
