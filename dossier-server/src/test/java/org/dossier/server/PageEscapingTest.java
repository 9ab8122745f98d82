package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.model.Briefing;
import org.dossier.model.Citation;
import org.dossier.model.QuoteReport;
import org.dossier.model.SourceRef;
import org.dossier.model.SummarySentence;
import org.dossier.store.SearchHit;
import org.dossier.store.SearchResults;
import org.dossier.store.StoredArticle;
import org.dossier.store.StoredStory;
import org.dossier.store.StoryGroup;
import org.junit.jupiter.api.Test;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The pages' HTML with hostile text everywhere: no tag, attribute or link may come from the data. */
class PageEscapingTest {
    private static final String EVIL = "<script>alert(1)</script><img src=x onerror=\"alert(2)\">' \" & end";
    private static final String EVIL_URL = "javascript:alert(3)";

    @Test
    void escaperReplacesEverySpecialCharacter() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
                Html.text("<a href=\"x\" title='y'>&amp;</a>"));
        assertEquals("a b c", Html.text("a\nb\u0000\u0007\tc"));
        assertEquals("", Html.text(null));
    }

    @Test
    void onlyHttpUrlsBecomeLinks() {
        assertEquals(Optional.of("https://news.example/a?b=1"), Html.linkable(" https://news.example/a?b=1 "));
        for (String bad : List.of(EVIL_URL, "JavaScript:alert(1)", " javascript:alert(1)", "data:text/html,x",
                "vbscript:x", "//evil.example/x", "/relative", "http://", "https://a.example/\"onmouseover=x",
                "http://a.example/<script>", "java\tscript:x")) {
            assertEquals(Optional.empty(), Html.linkable(bad), bad);
        }
    }

    @Test
    void storyPageShowsHostileTextAsText() {
        Citation cite = new Citation(1, 0, EVIL);
        Briefing briefing = new Briefing(EVIL, List.of(new SummarySentence(EVIL, List.of(cite))),
                List.of(new SourceRef(1, "a1", EVIL, EVIL, EVIL, LocalDate.of(2026, 1, 5), EVIL_URL, EVIL)),
                List.of(), null, 100, List.of(), List.of(),
                List.of(new QuoteReport(EVIL, "direct", EVIL, false, "person", List.of(EVIL), List.of(cite))),
                List.of(), List.of(), List.of());
        StoredArticle stored = new StoredArticle("00aa", Article.builder("a1", EVIL).title(EVIL).outlet(EVIL)
                .url(EVIL_URL).build(), "h", null, "S1");
        StoredStory story = new StoredStory("S1", 1, List.of(EVIL), null, null, EVIL, 1);
        String html = StoryPageView.render(new StoryBriefing(story, List.of(stored), List.of(stored), 40, 0,
                briefing, "{}"));
        assertOnlyOurMarkup(html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "hostile text is shown as text");
        assertTrue(html.contains("<span class=\"url inert\">javascript:alert(3)</span>"), "URL shown, not linked");
    }

    @Test
    void otherPagesEscapeToo() {
        StoredArticle stored = new StoredArticle("00aa", Article.builder("a1", EVIL + "\n\n" + EVIL).title(EVIL)
                .outlet(EVIL).byline(EVIL).url(EVIL_URL).build(), "h", null, "S1");
        assertOnlyOurMarkup(ArticlePageView.render(stored));
        SearchResults results = new SearchResults(1, List.of(new StoryGroup("S1",
                List.of(new SearchHit(stored, 1f, "a [<b>] " + EVIL + " [x")))));
        String search = SearchPageView.render(EVIL, results, java.util.Map.of("S1", EVIL));
        assertOnlyOurMarkup(search);
        assertTrue(search.contains("<mark>&lt;b&gt;</mark>"), "matched words highlighted, escaped");
        StoredStory story = new StoredStory("S1", 1, List.of(EVIL), null, null, EVIL, 1);
        assertOnlyOurMarkup(StoryListPage.render(org.dossier.store.StoryOrder.NEWEST, 0, 10,
                new StoreService.StoryPage(1, List.of(story))));
        assertOnlyOurMarkup(ErrorPageView.render(404, EVIL));
    }

    /**
     * Parses the page as a browser would (jsoup follows the HTML5 parsing rules) and checks that the only script
     * is ours, no element has an event-handler attribute, there is no image, and no link or form goes to a
     * {@code javascript:} URL.
     */
    private static void assertOnlyOurMarkup(String html) {
        Document doc = Jsoup.parse(html);
        assertEquals(1, doc.select("script").size(), "only the page's own script");
        assertEquals("/static/app.js", doc.selectFirst("script").attr("src"));
        assertEquals("", doc.selectFirst("script").data(), "no inline script");
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on"),
                        "event handler " + a + " on <" + e.tagName() + ">");
                assertFalse(a.getValue().strip().toLowerCase(java.util.Locale.ROOT).startsWith("javascript:")
                        && (a.getKey().equals("href") || a.getKey().equals("src") || a.getKey().equals("action")),
                        "javascript: URL in " + a);
            }
        }
        assertTrue(doc.select("img, iframe, object, embed, b").isEmpty(), "no element from the data");
    }
}
