package org.dossier.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleLoaderTest {
    private static final String TXT = "Bridge reopens after repairs\r\nThe Kestrel Bridge reopened on Friday.\r\n"
            + "Traffic resumed at noon.\r\n";
    private static final String JSONL = String.join("\n",
            "{\"id\": \"n1\", \"title\": \"Bridge reopens\", \"text\": \"The bridge reopened.\\n\\nCars returned.\","
                    + " \"source\": \"Valley Post\", \"date\": \"2025-03-10\", \"url\": \"https://valley.example/b\","
                    + " \"author\": \"Ida Crane\"}",
            "{\"id\": \"n2\", \"title\": broken",
            "",
            "{\"id\": \"n3\", \"headline\": \"No text here\"}",
            "{\"id\": \"n1\", \"body\": \"A second record reusing an id.\", \"publisher\": {\"name\": \"Hill Times\"}}");

    @TempDir
    Path dir;

    @Test
    void readsTextWithTitleOnFirstLine() throws IOException {
        Files.writeString(dir.resolve("a.txt"), TXT);
        ReadResult r = new ArticleLoader().load(List.of(dir.resolve("a.txt").toString()));
        Article a = r.articles().get(0);
        assertEquals("Bridge reopens after repairs", a.title());
        assertEquals("The Kestrel Bridge reopened on Friday.\nTraffic resumed at noon.", a.text());
        assertTrue(r.skipped().isEmpty());
    }

    @Test
    void jsonLinesKeepGoodLinesAndReportBadOnes() throws IOException {
        Files.writeString(dir.resolve("feed.jsonl"), JSONL);
        ReadResult r = new ArticleLoader().load(List.of(dir.resolve("feed.jsonl").toString()));
        assertEquals(2, r.articles().size());
        Article first = r.articles().get(0);
        assertEquals("n1", first.id());
        assertEquals("Valley Post", first.outlet());
        assertEquals(LocalDate.of(2025, 3, 10), first.published());
        assertEquals("Ida Crane", first.byline());
        assertEquals("https://valley.example/b", first.url());
        assertEquals("The bridge reopened.\n\nCars returned.", first.text());
        Article second = r.articles().get(1);
        assertTrue(second.id().endsWith("#5"), "duplicate id made unique: " + second.id());
        assertEquals("Hill Times", second.outlet());
        assertEquals(2, r.skipped().size());
        assertTrue(r.skipped().get(0).origin().endsWith("#2"));
        assertTrue(r.skipped().get(0).message().startsWith("invalid JSON"));
        assertTrue(r.skipped().get(1).message().startsWith("no text field"));
    }

    @Test
    void jsonArrayFile() throws IOException {
        Files.writeString(dir.resolve("all.json"), "[{\"text\": \"One.\"}, {\"content\": \"Two.\"}]");
        ReadResult r = new ArticleLoader().load(List.of(dir.resolve("all.json").toString()));
        assertEquals(2, r.articles().size());
    }

    @Test
    void foldersRecurseSkipHiddenAndReportUnsupported() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b.txt"), TXT);
        Files.writeString(dir.resolve("sub/a.txt"), TXT);
        Files.writeString(dir.resolve(".git/config"), "[core]");
        Files.writeString(dir.resolve("notes.docx"), "x");
        ReadResult r = new ArticleLoader().load(List.of(dir.toString()));
        assertEquals(2, r.articles().size());
        assertEquals(1, r.skipped().size());
        assertTrue(r.skipped().get(0).message().contains("unsupported file type '.docx'"));
    }

    @Test
    void quotedGlobIsExpanded() throws IOException {
        Files.writeString(dir.resolve("a.txt"), TXT);
        Files.writeString(dir.resolve("b.txt"), TXT);
        Files.writeString(dir.resolve("c.jsonl"), JSONL);
        ReadResult r = new ArticleLoader().load(List.of(dir + "/*.txt"));
        assertEquals(2, r.articles().size());
    }

    @Test
    void sameFileTwiceIsReadOnce() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), TXT);
        ReadResult r = new ArticleLoader().load(List.of(a.toString(), dir.toString()));
        assertEquals(1, r.articles().size());
    }

    @Test
    void stdinIsSniffed() {
        byte[] html = ("<html><head><title>Bridge reopens</title></head><body><article>"
                + "<p>The Kestrel Bridge reopened to traffic on Friday after eight months of repairs to its deck.</p>"
                + "<p>Engineers said the new steel supports should last another forty years, the council said.</p>"
                + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
        ReadResult r = new ArticleLoader().stdin(new ByteArrayInputStream(html)).load(List.of("-"));
        assertEquals(1, r.articles().size());
        assertEquals("-", r.articles().get(0).id());
        ReadResult t = new ArticleLoader().stdin(new ByteArrayInputStream(TXT.getBytes(StandardCharsets.UTF_8)))
                .load(List.of("-"));
        assertEquals("Bridge reopens after repairs", t.articles().get(0).title());
    }

    @Test
    void missingPathsAndOversizeFilesAreReported() throws IOException {
        Path big = Files.writeString(dir.resolve("big.txt"), TXT.repeat(100));
        ReadResult r = new ArticleLoader().maxBytes(1000).load(List.of(big.toString(), dir + "/missing.txt"));
        assertTrue(r.articles().isEmpty());
        long size = Files.size(big);
        assertEquals(List.of("too large (" + Limits.formatSize(size) + " > limit 1000 bytes; --max-file-size)",
                        "no such file or folder"),
                r.skipped().stream().map(i -> i.message()).toList());
    }
}
