package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.Briefing;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** Parses the rendered pages with jsoup, as a browser would, and checks what the reader would get. */
class HtmlRendererTest {
    private final HtmlRenderer renderer = new HtmlRenderer();

    @Test
    void hostileTextStaysText() {
        Briefing b = ExampleBriefings.hostile();
        Document page = Jsoup.parse(renderer.render(b));
        assertTrue(page.select("script, img, iframe, object, embed, form, base").isEmpty(), page.html());
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), "event handler " + a + " on " + e.tagName());
            }
        }
        // The reader sees exactly the hostile strings, as text.
        assertEquals(ExampleBriefings.HOSTILE_TITLE + " # headline", page.selectFirst("h1").text());
        assertEquals(ExampleBriefings.HOSTILE_TITLE + " # headline", page.title());
        Element source1 = page.getElementById("source-1");
        assertEquals(ExampleBriefings.HOSTILE_ATTRIBUTE, source1.selectFirst(".outlet").text());
        assertEquals(ExampleBriefings.HOSTILE_TITLE, source1.selectFirst("cite").text());
        assertEquals(ExampleBriefings.HOSTILE_MARKDOWN, source1.selectFirst(".byline").text());
        assertEquals("</q><script>alert(9)</script>", page.selectFirst(".facts q").text());
        assertEquals("<img src=x onerror=alert(8)>", page.selectFirst(".skipped code").text());
        String sentence = page.selectFirst(".summary .sentence").text();
        assertEquals(CleanText.oneLine(ExampleBriefings.HOSTILE_SENTENCE), sentence);
        // The hover text is an attribute value that could not be closed early.
        assertEquals("[1] " + ExampleBriefings.HOSTILE_ATTRIBUTE + ": \u201c" + ExampleBriefings.HOSTILE_ATTRIBUTE
                + "\u201d", page.selectFirst(".cites a").attr("title"));
    }

    @Test
    void onlyHttpAndHttpsUrlsAreLinked() {
        for (Briefing b : ExampleBriefings.all()) {
            Document page = Jsoup.parse(renderer.render(b));
            for (Element a : page.select("[href]")) {
                String href = a.attr("href");
                assertTrue(href.startsWith("#source-") || href.startsWith("https://") || href.startsWith("http://"),
                        href);
            }
            assertTrue(page.select("[src]").isEmpty());
        }
        Document hostile = Jsoup.parse(renderer.render(ExampleBriefings.hostile()));
        assertTrue(hostile.select("a.url").isEmpty(), "no URL of the hostile briefing is safe to link");
        assertEquals("javascript:alert(5)", hostile.selectFirst("#source-1 span.url").text());
        Document typical = Jsoup.parse(renderer.render(ExampleBriefings.typical()));
        Elements links = typical.select("a.url");
        assertEquals(List.of("https://gazette.example/2025/bridge", "http://bayradio.example/news/ferries"),
                links.eachAttr("href"));
        assertEquals("noopener noreferrer nofollow", links.first().attr("rel"));
    }

    @Test
    void citationMarksFollowTheirSentenceLinkToTheSourceAndShowTheCitedSentence() {
        Document page = Jsoup.parse(renderer.render(ExampleBriefings.typical()));
        Elements sentences = page.select(".summary .sentence");
        assertEquals(List.of(ExampleBriefings.SENTENCE_1, ExampleBriefings.SENTENCE_2, ExampleBriefings.SENTENCE_3),
                sentences.eachText());
        List<String> expectedMarks = List.of("[1][3]", "[2]", "[3][1]");
        for (int i = 0; i < sentences.size(); i++) {
            Element cites = sentences.get(i).nextElementSibling();
            assertEquals("cites", cites.className());
            assertEquals(expectedMarks.get(i), cites.text());
            for (Element a : cites.select("a")) {
                String number = a.text().replaceAll("[\\[\\]]", "");
                assertEquals("#source-" + number, a.attr("href"));
                assertTrue(page.getElementById("source-" + number) != null, "anchor exists for " + number);
            }
        }
        assertEquals("[2] Port Elwyn Council: \u201cThe council put the cost of the repairs at 4.2 million euros.\u201d",
                sentences.get(1).nextElementSibling().selectFirst("a").attr("title"));
    }

    @Test
    void isOneSelfContainedPageWithAStrictPolicy() {
        String html = renderer.render(ExampleBriefings.typical());
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        Document page = Jsoup.parse(html);
        assertEquals("utf-8", page.selectFirst("meta[charset]").attr("charset"));
        assertEquals(HtmlRenderer.CONTENT_SECURITY_POLICY,
                page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"));
        assertTrue(page.select("link, script, img").isEmpty(), "no external resources and no script");
        String css = page.selectFirst("style").data();
        assertTrue(css.contains("@media (prefers-color-scheme: dark)"));
        assertTrue(css.contains("@media print"));
        assertFalse(css.contains("url("), "the style sheet loads nothing");
    }

    @Test
    void sourcesKeepTheirNumbersAndMarkUpTheirParts() {
        Document page = Jsoup.parse(renderer.render(ExampleBriefings.typical()));
        Element first = page.getElementById("source-1");
        assertEquals("1", first.attr("value"));
        assertEquals("Harbour Gazette", first.selectFirst(".outlet").text());
        assertEquals("Bridge reopens to traffic", first.selectFirst("cite").text());
        assertEquals("2025-03-10", first.selectFirst("time").attr("datetime"));
        Document bare = Jsoup.parse(renderer.render(ExampleBriefings.noMetadata()));
        assertEquals("wire.jsonl#12", bare.getElementById("source-2").text());
    }

    @Test
    void emptyBriefingHasAMessageAndNoSourcesSection() {
        Document page = Jsoup.parse(renderer.render(ExampleBriefings.emptySummary()));
        assertEquals("Briefing", page.selectFirst("h1").text());
        assertEquals("No summary: no usable sentences were found.", page.selectFirst(".summary .empty").text());
        assertTrue(page.select(".sources").isEmpty());
        assertEquals(List.of("in/a.txt: empty file", "(unknown input): stdin was empty"),
                page.select(".skipped li").eachText());
    }

    @Test
    void unicodeSurvives() {
        Document page = Jsoup.parse(renderer.render(ExampleBriefings.unicode()));
        assertEquals(ExampleBriefings.unicode().headline(), page.selectFirst("h1").text());
        assertEquals("افتتح الجسر يوم الاثنين.", page.select(".sentence").get(2).text());
        assertEquals("auto", page.select(".sentence").get(2).attr("dir"));
        assertEquals("https://例子.example/桥", page.selectFirst("a.url").attr("href"));
    }
}
