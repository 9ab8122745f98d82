package org.dossier.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.dossier.model.Article;
import org.dossier.model.Issue;
import org.dossier.read.Limits;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoredArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The bad-input catalogue of issue 6 as {@code dossier ingest} reads it: one test per case, each ingesting the bad
 * input together with good articles and checking the report and that every good article is stored ("nothing
 * lost"). {@code brief}'s side is {@code BadInputCatalogueTest} in dossier-core.
 */
class IngestBadInputCatalogueTest {
    private static final String GOOD_TEXT = "Ferry crews in Port Alder went back to work on Thursday after the harbour "
            + "board agreed to review the rota that had kept some of them on duty for sixteen hours at a time. The "
            + "union said the first sailings of the day left on schedule, number ";

    @TempDir
    Path dir;
    private Path input;

    @BeforeEach
    void goodNeighbours() throws IOException {
        input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("good.jsonl"), goodLines("g", 3));
        Files.writeString(input.resolve("good.txt"), "Harbour board promises rota review\n" + GOOD_TEXT + "ten.");
    }

    private static String goodLines(String prefix, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append("{\"id\":\"").append(prefix).append(i).append("\",\"url\":\"https://gazette.example/")
                    .append(prefix).append(i).append("\",\"text\":\"").append(GOOD_TEXT).append(prefix).append(i)
                    .append(".\"}\n");
        }
        return s.toString();
    }

    /** What one ingest of the input folder did. */
    private record Outcome(List<Issue> skipped, List<Issue> notes, List<StoredArticle> stored) {
        Set<String> urls() {
            Set<String> urls = new HashSet<>();
            stored.forEach(a -> urls.add(String.valueOf(a.article().url())));
            return urls;
        }

        String messageFor(String origin) {
            List<String> m = skipped.stream().filter(i -> i.origin().endsWith("/" + origin)
                    || i.origin().contains("/" + origin + "#")).map(Issue::message).toList();
            assertEquals(1, m.size(), "one report for " + origin + " expected in " + skipped);
            return m.get(0);
        }
    }

    private Outcome ingest(Limits limits) throws IOException {
        return ingest(limits, article -> { });
    }

    private Outcome ingest(Limits limits, java.util.function.Consumer<Article> beforePrepare) throws IOException {
        List<Issue> skipped = new ArrayList<>();
        List<Issue> notes = new ArrayList<>();
        List<StoredArticle> stored = new ArrayList<>();
        Sources.Expansion sources = Sources.of(List.of(input.toString()), limits);
        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            new Ingester(store).threads(1).limits(limits).beforePrepare(beforePrepare).listener(new IngestListener() {
                @Override
                public void skipped(Issue issue) {
                    skipped.add(issue);
                }

                @Override
                public void noted(Issue note) {
                    notes.add(note);
                }
            }).ingest(sources.sources(), sources.skipped(), sources.totalBytes());
            store.forEach(stored::add);
        }
        return new Outcome(skipped, notes, stored);
    }

    private Outcome ingest() throws IOException {
        return ingest(Limits.defaults());
    }

    /** The three good JSON lines and the good text file are all in the store. */
    private static void nothingLost(Outcome o) {
        Set<String> urls = o.urls();
        for (int i = 1; i <= 3; i++) {
            assertTrue(urls.contains("https://gazette.example/g" + i), "g" + i + " lost: " + urls);
        }
        assertTrue(o.stored.stream().anyMatch(a -> "Harbour board promises rota review".equals(a.article().title())),
                "good.txt lost");
    }

    @Test
    void emptyFilesOfEveryFormatAreSkippedAsEmpty() throws IOException {
        for (String name : List.of("empty.txt", "empty.jsonl", "empty.warc", "empty.rss", "empty.jsonl.gz")) {
            Files.write(input.resolve(name), new byte[0]);
        }
        Outcome o = ingest();
        for (String name : List.of("empty.txt", "empty.jsonl", "empty.warc", "empty.rss", "empty.jsonl.gz")) {
            assertEquals("empty file", o.messageFor(name));
        }
        nothingLost(o);
    }

    @Test
    void binaryFilesAreSkipped() throws IOException {
        byte[] noise = new byte[8192];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = 0;
        Files.write(input.resolve("noise.txt"), noise);
        Files.write(input.resolve("noise.warc"), noise);
        Files.write(input.resolve("noise.rss"), noise);
        Outcome o = ingest();
        assertEquals("binary file, not text", o.messageFor("noise.txt"));
        assertTrue(o.messageFor("noise.warc").startsWith("not a WARC file")
                || o.messageFor("noise.warc").startsWith("stopped reading"), o.messageFor("noise.warc"));
        assertTrue(o.messageFor("noise.rss").contains("malformed XML"), o.messageFor("noise.rss"));
        nothingLost(o);
    }

    @Test
    void twoHundredMegabytePageIsRejectedBySizeWithoutBeingRead() throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(input.resolve("huge.html").toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024); // sparse: written instantly
        }
        long started = System.nanoTime();
        Outcome o = ingest();
        assertEquals("too large (200 MB > limit 50 MB; --max-file-size)", o.messageFor("huge.html"));
        assertTrue((System.nanoTime() - started) / 1e9 < 10, "the file was read");
        nothingLost(o);
        Outcome tight = ingest(Limits.builder().maxFileBytes(100).build());
        assertTrue(tight.messageFor("good.txt").startsWith("too large ("), "the limit is configurable");
    }

    @Test
    void gzipBombStopsWithAReportAndTheLinesBeforeItAreKept() throws IOException {
        Path bomb = input.resolve("bomb.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
            out.write(goodLines("b", 2).getBytes(StandardCharsets.UTF_8));
            writeZeros(out, 200L << 20);
            out.write(goodLines("after", 1).getBytes(StandardCharsets.UTF_8));
        }
        Outcome o = ingestStoppedByBomb("bomb.jsonl.gz#3");
        assertTrue(o.urls().containsAll(Set.of("https://gazette.example/b1", "https://gazette.example/b2")),
                "the whole records before the bomb are kept");
        Outcome capped = ingest(Limits.builder().maxCompressionRatio(100_000).maxDecompressedBytes(8L << 20).build());
        assertEquals("stopped reading: gzip data inflates past 8 MB (--max-gzip-size)",
                capped.messageFor("bomb.jsonl.gz#3"));
    }

    @Test
    void gzippedWarcBombStopsTheFileAndTheRecordsBeforeItAreKept() throws IOException {
        Path warc = input.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(page("https://coastal.example/before"));
        }
        // a second gzip member: a resource record of 200 MB of zeros (about 200 KB compressed), then a good page
        long zeros = 200L << 20;
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(warc, StandardOpenOption.APPEND),
                1 << 16)) {
            out.write(("WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:"
                    + "00000000-0000-4000-8000-000000000001>\r\nWARC-Date: 2026-04-18T09:00:00Z\r\n"
                    + "WARC-Target-URI: https://coastal.example/zeros\r\nContent-Type: application/octet-stream\r\n"
                    + "Content-Length: " + zeros + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            writeZeros(out, zeros);
            out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        Outcome o = ingestStoppedByBomb("crawl.warc.gz");
        assertTrue(o.urls().contains("https://coastal.example/before"), "the page before the bomb is kept");
    }

    /** Writes {@code count} zero bytes: a megabyte of them compresses to about a kilobyte. */
    private static void writeZeros(OutputStream out, long count) throws IOException {
        byte[] block = new byte[1 << 20];
        for (long written = 0; written < count; written += block.length) {
            out.write(block, 0, (int) Math.min(block.length, count - written));
        }
    }

    /** Ingests the folder and checks that {@code origin} was stopped as a gzip bomb, in seconds, nothing else lost. */
    private Outcome ingestStoppedByBomb(String origin) throws IOException {
        long started = System.nanoTime();
        Outcome o = ingest();
        double seconds = (System.nanoTime() - started) / 1e9;
        String message = o.messageFor(origin);
        assertTrue(message.startsWith("stopped reading: gzip bomb:") && message.endsWith("(more than 100 times; "
                + "--max-gzip-ratio)"), message);
        assertTrue(seconds < 20, "took " + seconds + " s");
        nothingLost(o);
        return o;
    }

    /** A WARC response record of a small invented news page at {@code url}. */
    private static WarcResponse page(String url) throws IOException {
        String html = "<html><head><title>Ferry crews return to work | Coastal Times</title></head><body><article>"
                + "<h1>Ferry crews return to work</h1><p>" + GOOD_TEXT + "one.</p><p>The harbour board said the "
                + "review of the rota would be finished by the end of the month, with the union invited to take "
                + "part in it from the start.</p></article></body></html>";
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2026-04-18T09:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, http).build();
    }

    @Test
    void anArticleThatTakesTooLongIsSkippedAndTheIngestGoesOnWithoutItsWorker() throws IOException {
        Files.writeString(input.resolve("slow.jsonl"), goodLines("slow", 1) + goodLines("after", 2));
        long started = System.nanoTime();
        // the one worker thread is stuck on "slow1" for 20 s and does not answer interruption, like a cleaner in a
        // pathological loop would; the ingest must skip it after the 1 s limit and go on with a new worker
        Outcome o = ingest(Limits.builder().maxArticleSeconds(1).build(), article -> {
            if ("slow1".equals(article.id())) {
                long end = System.nanoTime() + 20_000_000_000L;
                while (System.nanoTime() < end) {
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException ignored) {
                        // unstoppable from outside, on purpose
                    }
                }
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals("cleaning took longer than 1 s (--max-article-seconds)", o.messageFor("slow.jsonl"));
        assertTrue(o.urls().containsAll(Set.of("https://gazette.example/after1", "https://gazette.example/after2")),
                "the articles after the slow one are stored: " + o.urls());
        assertTrue(seconds < 15, "the ingest waited for the stuck worker: " + seconds + " s");
        nothingLost(o);
        assertThrows(IllegalArgumentException.class, () -> Limits.builder().maxArticleSeconds(0).build());
    }

    @Test
    void oneEndlessLineCostsTheLineLimitNotItsLength() throws IOException {
        try (OutputStream out = Files.newOutputStream(input.resolve("endless.jsonl"))) {
            out.write("{\"id\":\"e0\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] words = "tram ".repeat(200_000).getBytes(StandardCharsets.UTF_8); // a million bytes
            for (int i = 0; i < 40; i++) {
                out.write(words);
            }
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
            out.write(goodLines("e", 1).getBytes(StandardCharsets.UTF_8));
        }
        Outcome o = ingest(Limits.builder().maxLineChars(1 << 20).build());
        assertEquals("line too long (40000021 characters > limit 1048576; --max-line-length)",
                o.messageFor("endless.jsonl#1"));
        assertTrue(o.urls().contains("https://gazette.example/e1"), "the line after it is read");
        nothingLost(o);
    }

    @Test
    void brokenJsonLinesAmongGoodOnesAreReportedAndTheGoodOnesStored() throws IOException {
        Files.writeString(input.resolve("mixed.jsonl"), goodLines("m", 1) + "{\"id\": broken\n" + "[]\n"
                + goodLines("n", 1));
        Outcome o = ingest();
        assertTrue(o.messageFor("mixed.jsonl#2").startsWith("invalid JSON"));
        assertEquals("not a JSON object", o.messageFor("mixed.jsonl#3"));
        assertTrue(o.urls().containsAll(Set.of("https://gazette.example/m1", "https://gazette.example/n1")));
        nothingLost(o);
    }

    @Test
    void invalidUtf8InJsonLinesSpoilsOnlyItsLine() throws IOException {
        byte[] good = goodLines("u", 1).getBytes(StandardCharsets.UTF_8);
        byte[] line = ("{\"id\":\"bad\",\"url\":\"https://gazette.example/bad\",\"text\":\"" + GOOD_TEXT + "caf")
                .getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[line.length + 4 + good.length];
        System.arraycopy(line, 0, all, 0, line.length);
        all[line.length] = (byte) 0xE9; // Latin-1 "é": not UTF-8
        all[line.length + 1] = '"';
        all[line.length + 2] = '}';
        all[line.length + 3] = '\n';
        System.arraycopy(good, 0, all, line.length + 4, good.length);
        Files.write(input.resolve("latin.jsonl"), all);
        Outcome o = ingest();
        assertTrue(o.urls().containsAll(Set.of("https://gazette.example/bad", "https://gazette.example/u1")));
        assertTrue(o.stored.stream().filter(a -> "https://gazette.example/bad".equals(a.article().url()))
                .allMatch(a -> a.article().text().contains("caf\uFFFD")), "the bad byte becomes U+FFFD");
        nothingLost(o);
    }

    @Test
    void duplicateIdsKeepBothArticlesAsBriefDoes() throws IOException {
        Files.writeString(input.resolve("dup.jsonl"), "{\"id\":\"42\",\"text\":\"" + GOOD_TEXT + "one.\"}\n"
                + "{\"id\":\"42\",\"text\":\"" + GOOD_TEXT + "two, a different report.\"}\n");
        Outcome o = ingest();
        assertEquals(2, o.stored.stream().filter(a -> a.article().text().contains("one.")
                || a.article().text().contains("two, a different report.")).count(), "both stored");
        nothingLost(o);
    }

    @Test
    void futureDatesAreDroppedWithANoteAndTheArticleStored() throws IOException {
        Files.writeString(input.resolve("future.jsonl"), "{\"id\":\"f\",\"url\":\"https://gazette.example/f\","
                + "\"date\":\"2099-06-01\",\"text\":\"" + GOOD_TEXT + "future.\"}\n");
        Outcome o = ingest();
        StoredArticle f = o.stored.stream().filter(a -> "https://gazette.example/f".equals(a.article().url()))
                .findFirst().orElseThrow();
        assertNull(f.article().published());
        assertEquals(List.of("publication date 2099-06-01 is in the future: ignored"),
                o.notes.stream().filter(n -> n.origin().contains("future.jsonl")).map(Issue::message).toList());
        nothingLost(o);
    }

    @Test
    void otherLanguagesAreSkippedAsBriefSkipsThem() throws IOException {
        Files.writeString(input.resolve("de.jsonl"), "{\"id\":\"de\",\"text\":\"Die Besatzungen der Fähren haben am "
                + "Donnerstag die Arbeit wieder aufgenommen, nachdem der Hafenrat zugesagt hatte, den Dienstplan zu "
                + "prüfen. Die Gewerkschaft sagte, die ersten Fahrten des Tages seien pünktlich gewesen und man werde "
                + "die Prüfung genau verfolgen.\"}\n");
        Outcome o = ingest();
        assertEquals("not English (looks like German); --any-language keeps such articles",
                o.messageFor("de.jsonl#1"));
        nothingLost(o);
        assertEquals(5, ingest(Limits.builder().englishOnly(false).build()).stored.size());
    }

    @Test
    void deeplyNestedFeedItemIsSkippedAndTheOtherItemsKept() throws IOException {
        String deep = "&lt;div&gt;".repeat(5000) + "Deep words";
        Files.writeString(input.resolve("feed.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Harbour Gazette</title><item><title>Deep</title><description>" + deep + "</description>"
                + "</item><item><title>Fine</title><link>https://gazette.example/fine</link><description>"
                + GOOD_TEXT + "fine.</description></item></channel></rss>");
        Outcome o = ingest();
        assertEquals("HTML nested too deep (over 1000 levels; --max-html-depth)", o.messageFor("feed.rss#item1"));
        assertTrue(o.urls().contains("https://gazette.example/fine"));
        nothingLost(o);
    }
}
