package org.dossier.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Every reader on small files written here, good and bad. */
class SourcesTest {
    @TempDir
    Path dir;

    private static final String PAGE = """
            <html><head><title>Night ferry returns to Kestrel Bay | Coastal Times</title>
            <meta property="og:site_name" content="Coastal Times">
            <meta property="article:published_time" content="2026-04-18T08:00:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Night ferry returns to Kestrel Bay</h1>
            <p>The night ferry between Kestrel Bay and the mainland will run again from next month, the harbour
            board said on Friday, after a winter in which the crossing closed at six in the evening.</p>
            <p>Board chair Hana Varga said the late sailings had been missed by nurses and hotel staff who finish
            their shifts after dark, and that the new timetable had been agreed with the crew's union.</p>
            <p>Tickets for the late crossing will cost the same as daytime fares. The first sailing leaves the
            island quay at eleven on the first Saturday of May.</p>
            </article><footer>Copyright Coastal Times</footer></body></html>
            """;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static ArticleSource only(Sources.Expansion e) {
        assertEquals(1, e.sources().size(), e.skipped().toString());
        return e.sources().get(0);
    }

    @Test
    void jsonLinesAreStreamedLineByLineAndBadLinesAreSkipped() throws IOException {
        Path file = write("feed.jsonl", """
                {"id": "a", "title": "Bridge repairs", "text": "The bridge will close for repairs.", "source": "Gazette", "date": "2026-05-01", "url": "https://gazette.example/bridge"}
                {"id": "b", "text": broken

                {"title": "no text here"}
                {"body": "Second article body.", "headline": "Second"}
                """);
        Collected c = Collected.from(only(Sources.of(List.of(file.toString()))));
        assertEquals(2, c.articles.size());
        Article a = c.articles.get(0);
        assertEquals("Bridge repairs", a.title());
        assertEquals(LocalDate.of(2026, 5, 1), a.published());
        assertEquals(file + "#1", a.origin());
        assertEquals(file + "#5", c.articles.get(1).origin(), "line numbers count blank lines");
        assertEquals(2, c.skipped.size(), c.messages());
        assertTrue(c.skipped.get(0).origin().endsWith("#2"));
        assertEquals(Files.size(file), c.position);
    }

    @Test
    void gzippedJsonLinesAreReadAndATruncatedStreamKeepsWhatCameBefore() throws IOException {
        // Random numbers keep the stream from compressing to nothing, so the cut falls well inside it.
        java.util.Random random = new java.util.Random(5);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            lines.append("{\"id\": \"n").append(i).append("\", \"text\": \"Article number ").append(i)
                    .append(" counted ").append(random.nextLong()).append(" boats and ").append(random.nextLong())
                    .append(" cranes.\"}\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        Path whole = Files.write(dir.resolve("all.jsonl.gz"), bytes.toByteArray());
        assertEquals(4000, Collected.from(only(Sources.of(List.of(whole.toString())))).articles.size());

        byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() * 2 / 3);
        Path truncated = Files.write(dir.resolve("cut.jsonl.gz"), cut);
        Collected c = Collected.from(only(Sources.of(List.of(truncated.toString()))));
        assertTrue(c.articles.size() > 1000 && c.articles.size() < 4000, "kept " + c.articles.size());
        assertEquals(1, c.skipped.size());
        assertTrue(c.skipped.get(0).message().contains("truncated"), c.messages());
    }

    @Test
    void warcResponsesWithHtmlBecomeArticlesAndOtherRecordsArePassedOver() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        writeWarc(warc);
        Collected c = Collected.from(only(Sources.of(List.of(warc.toString()))));
        assertEquals(1, c.articles.size(), c.messages());
        Article a = c.articles.get(0);
        assertEquals("https://coastal.example/news/night-ferry", a.url());
        assertEquals("Coastal Times", a.outlet());
        assertEquals(LocalDate.of(2026, 4, 18), a.published());
        assertTrue(a.text().contains("Hana Varga said the late sailings"), a.text());
        assertTrue(a.title().startsWith("Night ferry returns"), a.title());
        assertEquals(1, c.skipped.size(), "the HTML page without article text: " + c.messages());
    }

    @Test
    void aTruncatedWarcKeepsTheRecordsBeforeTheCut() throws IOException {
        Path warc = dir.resolve("whole.warc");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.NONE)) {
            writer.write(response("https://coastal.example/one", PAGE));
            writer.write(response("https://coastal.example/two", PAGE.replace("Friday", "Thursday")));
        }
        byte[] bytes = Files.readAllBytes(warc);
        Path cut = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(bytes, bytes.length - 300));
        Collected c = Collected.from(only(Sources.of(List.of(cut.toString()))));
        assertEquals(1, c.articles.size(), c.messages());
        assertEquals(1, c.skipped.size(), c.messages());

        Path garbage = write("garbage.warc", "this is not a WARC file at all\n");
        Collected g = Collected.from(only(Sources.of(List.of(garbage.toString()))));
        assertEquals(0, g.articles.size());
        assertEquals(1, g.skipped.size(), g.messages());
    }

    @Test
    void rssItemsBecomeArticles() throws IOException {
        Path rss = write("news.rss", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel><title>Harbour Gazette</title><link>https://gazette.example/</link>
                <description>Local news</description>
                <item><title>Cranes idle as dock talks stall</title>
                  <link>https://gazette.example/cranes</link>
                  <pubDate>Tue, 03 Mar 2026 09:15:00 GMT</pubDate>
                  <dc:creator>Tomas Brandt</dc:creator>
                  <description>Short teaser.</description>
                  <content:encoded><![CDATA[<p>The cranes at the east quay stood idle on Tuesday.</p><p>Talks resume on Thursday &amp; both sides say a deal is close.</p>]]></content:encoded>
                </item>
                <item><title>Empty item</title><link>https://gazette.example/empty</link></item>
                <item><title>Library hours</title><description>The library opens late on Fridays.</description>
                  <source url="https://wire.example/rss">Island Wire</source></item>
                </channel></rss>
                """);
        Collected c = Collected.from(only(Sources.of(List.of(rss.toString()))));
        assertEquals(2, c.articles.size(), c.messages());
        Article a = c.articles.get(0);
        assertEquals("Cranes idle as dock talks stall", a.title());
        assertEquals("The cranes at the east quay stood idle on Tuesday.\n\n"
                + "Talks resume on Thursday & both sides say a deal is close.", a.text());
        assertEquals("https://gazette.example/cranes", a.url());
        assertEquals(LocalDate.of(2026, 3, 3), a.published());
        assertEquals("Tomas Brandt", a.byline());
        assertEquals("Harbour Gazette", a.outlet());
        assertEquals("Island Wire", c.articles.get(1).outlet());
        assertNull(c.articles.get(1).url());
        assertEquals(1, c.skipped.size());
        assertTrue(c.skipped.get(0).message().contains("no text"), c.messages());
    }

    @Test
    void atomEntriesBecomeArticles() throws IOException {
        Path atom = write("news.atom", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Coastal Times</title>
                  <link href="https://coastal.example/"/>
                  <entry>
                    <title type="html">Flood warning for &lt;b&gt;Millbrook&lt;/b&gt;</title>
                    <link rel="edit" href="https://coastal.example/edit/9"/>
                    <link rel="alternate" href="https://coastal.example/flood"/>
                    <id>tag:coastal.example,2026:9</id>
                    <updated>2026-02-20T10:00:00Z</updated>
                    <published>2026-02-19T18:30:00Z</published>
                    <author><name>Ines Okafor</name></author>
                    <summary>River levels rise.</summary>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>River levels rose overnight.</p><p>Residents near the weir were told to move cars to higher ground.</p></div></content>
                  </entry>
                </feed>
                """);
        Collected c = Collected.from(only(Sources.of(List.of(atom.toString()))));
        assertEquals(1, c.articles.size(), c.messages());
        Article a = c.articles.get(0);
        assertEquals("Flood warning for Millbrook", a.title());
        assertEquals("River levels rose overnight.\n\nResidents near the weir were told to move cars to higher ground.",
                a.text());
        assertEquals("https://coastal.example/flood", a.url());
        assertEquals(LocalDate.of(2026, 2, 19), a.published());
        assertEquals("Ines Okafor", a.byline());
        assertEquals("Coastal Times", a.outlet());
    }

    @Test
    void malformedXmlKeepsTheItemsBeforeTheErrorAndSaysWhere() throws IOException {
        Path rss = write("broken.xml", """
                <rss version="2.0"><channel><title>Gazette</title>
                <item><title>One</title><description>The first item is fine.</description></item>
                <item><title>Two</title><description>Unclosed description</item>
                </channel></rss>
                """);
        Collected c = Collected.from(only(Sources.of(List.of(rss.toString()))));
        assertEquals(1, c.articles.size());
        assertEquals(1, c.skipped.size());
        assertTrue(c.skipped.get(0).message().startsWith("malformed XML"), c.messages());
        assertTrue(c.skipped.get(0).message().contains("line 3"), c.messages());
    }

    @Test
    void emptyFilesUnknownTypesAndMissingPathsAreSkippedWithAReason() throws IOException {
        write("empty.jsonl", "");
        write("empty.rss", "");
        write("empty.warc", "");
        write("notes.docx", "binary-ish");
        write("page.html", PAGE);
        write(".hidden.txt", "never read");
        Sources.Expansion e = Sources.of(List.of(dir.toString(), dir.resolve("missing.txt").toString()));
        assertEquals(4, e.sources().size(), "the three empty files and the page");
        assertEquals(2, e.skipped().size(), e.skipped().toString());
        assertTrue(e.skipped().stream().anyMatch(i -> i.message().startsWith("unsupported file type")));
        assertTrue(e.skipped().stream().anyMatch(i -> i.message().equals("no such file or folder")));
        int articles = 0;
        int skipped = 0;
        for (ArticleSource s : e.sources()) {
            Collected c = Collected.from(s);
            articles += c.articles.size();
            skipped += c.skipped.size();
            if (!s.name().endsWith("page.html")) {
                assertEquals("empty file", c.skipped.get(0).message(), s.name());
            }
        }
        assertEquals(1, articles);
        assertEquals(3, skipped);
    }

    private void writeWarc(Path warc) throws IOException {
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(response("https://coastal.example/news/night-ferry", PAGE));
            HttpResponse image = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build();
            writer.write(new WarcResponse.Builder(URI.create("https://coastal.example/logo.png"))
                    .date(Instant.parse("2026-04-18T09:00:00Z")).body(MediaType.HTTP_RESPONSE, image).build());
            HttpResponse missing = new HttpResponse.Builder(404, "Not Found")
                    .body(MediaType.HTML_UTF8, "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8))
                    .build();
            writer.write(new WarcResponse.Builder(URI.create("https://coastal.example/gone"))
                    .date(Instant.parse("2026-04-18T09:00:00Z")).body(MediaType.HTTP_RESPONSE, missing).build());
            writer.write(response("https://coastal.example/blank", "<html><body><nav>Home</nav></body></html>"));
        }
    }

    private static WarcResponse response(String url, String html) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2026-04-18T09:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, http).build();
    }
}
