package org.dossier.clean.html;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTextExtractorTest {

    private final MainTextExtractor extractor = new MainTextExtractor();

    /** A fictional news page with the usual furniture around a four-paragraph story. */
    static final String HARBOUR_PAGE = """
            <!DOCTYPE html>
            <html><head>
              <title>Ferry strike ends after three days | Harbour Gazette</title>
              <meta property="og:site_name" content="Harbour Gazette">
              <meta name="author" content="Maria Ortega">
              <meta property="article:published_time" content="2024-03-07T09:15:00+01:00">
              <link rel="canonical" href="https://gazette.example/news/ferry-strike-ends">
            </head><body>
              <nav class="main-menu"><ul>
                <li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
                <li><a href="/weather">Weather and tides for the whole coast this week</a></li>
              </ul></nav>
              <div class="ad-slot">Advertisement: Visit the Lighthouse Bakery today for fresh bread and cakes.</div>
              <div id="content">
                <article>
                  <h1>Ferry strike ends after three days</h1>
                  <p class="byline">By Maria Ortega</p>
                  <p>The crews of the island ferries returned to work on Thursday morning after the union and the
                     operator agreed on a new schedule for night shifts.</p>
                  <p>Passengers had waited for hours at the north pier, where the harbour master opened the old
                     customs hall so that families could stay out of the rain.</p>
                  <div class="share-tools">
                    <a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
                  <h2>What changes for passengers</h2>
                  <p>From next month the last crossing will leave at eleven in the evening, one hour later than
                     before, and season tickets will be valid on the new late boat.</p>
                  <p>"We are glad the boats are running again," said Tomas Lind, who commutes to the mainland
                     every day to teach at the secondary school.</p>
                </article>
                <aside class="related"><h3>Related stories</h3>
                  <ul><li><a href="/a">Union calls vote on ferry schedule</a></li>
                      <li><a href="/b">Harbour master warns of winter storms along the coast</a></li></ul>
                </aside>
                <section id="comments"><h3>Comments (2)</h3>
                  <div class="comment"><p>I waited six hours at the pier on Tuesday and nobody told us anything
                     about the buses that were supposed to replace the boats.</p></div>
                  <div class="comment"><p>Good news at last, but the operator should pay back the tickets that
                     people bought for the cancelled crossings this week.</p></div>
                </section>
              </div>
              <footer id="footer"><p>Copyright 2024 Harbour Gazette. All rights reserved. Contact us about
                 advertising, subscriptions and corrections at the front desk.</p></footer>
            </body></html>
            """;

    @Test
    void keepsTheStoryAndDropsNavigationAdsSharingRelatedCommentsAndFooter() {
        ExtractedPage page = extractor.extract(HARBOUR_PAGE, "https://gazette.example/");
        String text = page.text();
        assertTrue(text.startsWith("The crews of the island ferries returned to work"), text);
        assertTrue(text.contains("customs hall"), text);
        assertTrue(text.contains("What changes for passengers"), "subheading between paragraphs is kept");
        assertTrue(text.endsWith("teach at the secondary school."), text);
        for (String furniture : List.of("Home", "Weather and tides", "Lighthouse Bakery", "Share on Facebook",
                "Related stories", "winter storms", "Comments (2)", "waited six hours", "pay back the tickets",
                "Copyright")) {
            assertFalse(text.contains(furniture), () -> "should not contain: " + furniture);
        }
    }

    @Test
    void separatesParagraphsWithABlankLineAndCollapsesWhitespace() {
        String text = extractor.extract(HARBOUR_PAGE, "").text();
        String[] paragraphs = text.split("\n\n");
        assertEquals(5, paragraphs.length, text);
        for (String p : paragraphs) {
            assertFalse(p.contains("\n") || p.contains("  "), () -> "whitespace not normalised: " + p);
            assertEquals(p.strip(), p);
        }
    }

    @Test
    void readsMetadataFromMetaTagsAndKeepsTitleAndBylineOutOfTheText() {
        ExtractedPage page = extractor.extract(HARBOUR_PAGE, "https://gazette.example/");
        assertEquals("Ferry strike ends after three days", page.title());
        assertEquals("Maria Ortega", page.byline());
        assertEquals(LocalDate.of(2024, 3, 7), page.published());
        assertEquals("Harbour Gazette", page.outlet());
        assertEquals("https://gazette.example/news/ferry-strike-ends", page.url());
        assertFalse(page.text().contains("Ferry strike ends"), "headline repeated in text");
        assertFalse(page.text().contains("By Maria Ortega"), "byline repeated in text");
    }

    @Test
    void readsMetadataFromJsonLd() {
        String html = """
                <html><head><title>Page</title>
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Valley Courier"},
                  {"@type": "NewsArticle", "headline": "Dam inspection finds no cracks",
                   "datePublished": "2023-11-02T16:40:00Z",
                   "author": [{"@type": "Person", "name": "Ana Silva"}, {"@type": "Person", "name": "Ben Okafor"}],
                   "publisher": {"@type": "Organization", "name": "Valley Courier"},
                   "mainEntityOfPage": "https://courier.example/dam"}
                ]}
                </script></head><body><div class="story">
                <p>Engineers spent two weeks inside the concrete wall of the reservoir dam and found no cracks,
                   the water board said on Thursday.</p>
                <p>The next full inspection is planned for the spring of the year after next, when the water level
                   is at its lowest.</p></div></body></html>
                """;
        ExtractedPage page = extractor.extract(html, "");
        assertEquals("Dam inspection finds no cracks", page.title());
        assertEquals("Ana Silva, Ben Okafor", page.byline());
        assertEquals(LocalDate.of(2023, 11, 2), page.published());
        assertEquals("Valley Courier", page.outlet());
        assertTrue(page.text().startsWith("Engineers spent two weeks"), page.text());
    }

    @Test
    void stripsTheSiteNameFromTheTitleElementAndReadsAVisibleByLine() {
        String html = """
                <html><head><title>Orchard harvest breaks record - Northfield Echo</title></head><body>
                <div class="menu"><a href="/">Home</a> | <a href="/farming">Farming</a></div>
                <div class="main"><h2>Orchard harvest breaks record</h2><p>By Lena Brandt</p>
                <p>Apple growers around the lake picked more fruit this autumn than in any year since records began,
                   the growers' cooperative said.</p>
                <p>A warm spring and steady rain in the summer helped, said the cooperative's chair, who expects
                   prices to fall a little before the winter markets.</p>
                <p>Posted on <time datetime="2022-10-14">14 October</time></p></div></body></html>
                """;
        ExtractedPage page = extractor.extract(html, "");
        assertEquals("Orchard harvest breaks record", page.title());
        assertEquals("Lena Brandt", page.byline());
        assertEquals(LocalDate.of(2022, 10, 14), page.published());
        assertNull(page.outlet());
        assertTrue(page.text().startsWith("Apple growers"), page.text());
    }

    @Test
    void readsAPrintedDateNextToTheArticleWhenMetadataHasNone() {
        String html = """
                <html><head><title>Library extends opening hours</title></head><body>
                <div class="top">Monday, 3 June 2024 | Weather: sunny</div>
                <div class="menu"><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a>
                <a href="/arts">Arts</a> <a href="/jobs">Jobs</a></div>
                <div class="story"><h1>Library extends opening hours</h1>
                <span class="when">Updated 4:10pm Friday 31st May 2024</span>
                <p>The central library will stay open until nine in the evening on weekdays from July, after a survey
                   found that most readers cannot visit before six.</p>
                <p>The extra hours will be staffed by two new librarians, paid for by savings on the heating of the
                   building since its roof was repaired in 2019.</p></div>
                <div class="bottom">Contact us | Advertise | Jobs at the Courier | Terms</div></body></html>
                """;
        ExtractedPage page = extractor.extract(html, "");
        assertEquals(LocalDate.of(2024, 5, 31), page.published());
        assertTrue(page.text().startsWith("The central library"), page.text());
    }

    @Test
    void detectsCharsetOfBytes() {
        String story = "<p>Caf\u00e9 owners on the river quay said the new \u201cquiet hours\u201d rule, which "
                + "starts in May, will cost them their busiest evenings of the whole summer season.</p>";
        String html = "<html><head>%s<title>Caf\u00e9 rule</title></head><body><div>" + story + story
                + "</div></body></html>";

        byte[] utf8 = String.format(html, "").getBytes(StandardCharsets.UTF_8);
        assertTrue(extractor.extract(utf8, "").text().contains("Caf\u00e9 owners"), "undeclared UTF-8");

        byte[] bom = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8);
        assertTrue(extractor.extract(bom, "").text().contains("\u201cquiet hours\u201d"), "UTF-8 with BOM");

        java.nio.charset.Charset cp1252 = java.nio.charset.Charset.forName("windows-1252");
        byte[] declared = String.format(html, "<meta charset=\"windows-1252\">").getBytes(cp1252);
        assertTrue(extractor.extract(declared, "").text().contains("Caf\u00e9 owners said".substring(0, 11)));
        assertTrue(extractor.extract(declared, "").text().contains("\u201cquiet hours\u201d"), "declared 1252");

        byte[] undeclared = String.format(html, "").getBytes(cp1252);
        assertTrue(extractor.extract(undeclared, "").text().contains("\u201cquiet hours\u201d"),
                "invalid UTF-8 falls back to windows-1252");
    }

    @Test
    void neverThrowsOnEmptyOrGarbageInput() {
        assertEquals("", extractor.extract((String) null, null).text());
        assertEquals("", extractor.extract("", "").text());
        assertEquals("", extractor.extract(new byte[0], "").text());
        assertEquals("", extractor.extract("<<<>>><!-- <p", "").text());
        assertEquals("", extractor.extract("<html><body><nav><a href=/>Home</a></nav></body></html>", "").text());
        byte[] noise = new byte[20_000];
        new java.util.Random(7).nextBytes(noise);
        ExtractedPage page = extractor.extract(noise, "");
        assertTrue(page.text() != null);
        String brokenJson = "<script type=\"application/ld+json\">{\"headline\": [[[</script>";
        assertEquals("", extractor.extract(brokenJson, "").text());
    }

    @Test
    void survivesVeryDeepNesting() {
        int depth = 100_000;
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(depth));
        html.append("<p>Volunteers planted four hundred oak saplings along the old railway line on Saturday, ")
                .append("the town council said in a statement after the weekend.</p>");
        html.append("</div>".repeat(depth)).append("</body></html>");
        ExtractedPage page = extractor.extract(html.toString(), "");
        assertTrue(page.text().startsWith("Volunteers planted four hundred oak saplings"), page.text());
    }

    @Test
    void recoversAPageSwallowedByAnUnclosedTitle() {
        String html = "<html><head><title>Bridge reopens after repairs\n<script>var x = 1;</script></head>"
                + "<body><div><p>The old stone bridge over the canal reopened to cars on Monday after eight months "
                + "of repairs to its arches and railings.</p></div></body></html>";
        ExtractedPage page = extractor.extract(html, "");
        assertEquals("Bridge reopens after repairs", page.title());
        assertTrue(page.text().startsWith("The old stone bridge"), page.text());
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String expected = extractor.extract(HARBOUR_PAGE, "").text();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> extractor.extract(HARBOUR_PAGE, "").text()));
            }
            for (Future<String> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
