package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limit options of {@code brief} and {@code ingest} on the command line: the same input gets the same
 * one-line reports from both, the options change the limits, and bad option values are usage errors (exit 2).
 */
class HostileInputCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;
    private Path in;

    @BeforeEach
    void setUp() throws IOException {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Cranes idle at the east quay\nThe cranes at the east quay of Port "
                + "Alder stood idle on Tuesday as crane drivers stopped work over the new shift pattern.\n\nThe port "
                + "board said talks with the drivers would resume on Thursday, and that it hoped for an agreement.");
        Files.writeString(in.resolve("deep.html"), "<div>".repeat(3000) + "words" + "</div>".repeat(3000));
        Files.writeString(in.resolve("dup.jsonl"), "{\"id\":\"7\",\"date\":\"2099-01-02\",\"text\":\"Crane drivers "
                + "met the port board on Wednesday.\"}\n{\"id\":\"7\",\"text\":\"The port board offered crane drivers a "
                + "new rota.\"}\n");
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return DossierCommand.execute(args);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void briefAndIngestReportTheSameProblemsTheSameWay() {
        assertEquals(0, run("brief", in.toString()));
        String brief = stderr();
        assertEquals(0, run("ingest", in.toString(), "--store", dir.resolve("store").toString()));
        String ingest = stderr();
        for (String expected : new String[] {
            "deep.html: HTML nested too deep (over 1000 levels; --max-html-depth)",
            "dup.jsonl#1: publication date 2099-01-02 is in the future: ignored"}) {
            assertTrue(brief.contains(expected), "brief: " + brief);
            assertTrue(ingest.contains(expected), "ingest: " + ingest);
        }
        // Both articles with id 7 are kept: renamed in the briefing, stored under their own keys by ingest.
        assertTrue(brief.contains("dup.jsonl#2: duplicate id '7'"), brief);
        assertTrue(ingest.contains("read 3, stored 3"), ingest);
        assertFalse(brief.contains("Exception") || ingest.contains("Exception"), "no stack trace");
    }

    @Test
    void limitOptionsChangeTheLimits() {
        assertEquals(0, run("brief", in.toString(), "--max-html-depth", "5000", "--max-file-size", "1MB", "-q"));
        assertEquals("", stderr(), "deep.html is within 5000 levels");
        assertEquals(1, run("brief", in.resolve("good.txt").toString(), "--max-file-size", "100"));
        assertTrue(stderr().matches("dossier: no usable article: .*good.txt: too large \\(\\d+ bytes > limit 100 "
                + "bytes; --max-file-size\\)\\R"), stderr());
        assertEquals(1, run("ingest", in.resolve("good.txt").toString(), "--store", dir.resolve("s").toString(),
                "--max-file-size", "100"));
        assertTrue(stderr().contains("good.txt: too large ("), stderr());
    }

    @Test
    void aClusterOverTheArticleLimitIsCappedWithANotice() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            lines.append("{\"id\":\"c").append(i).append("\",\"title\":\"Crane talks ").append(i)
                    .append("\",\"text\":\"Crane drivers at Port Alder met the port board again on day ").append(i)
                    .append(" of the dispute over the shift pattern, the union said.\"}\n");
        }
        Files.writeString(dir.resolve("cluster.jsonl"), lines);
        assertEquals(0, run("brief", dir.resolve("cluster.jsonl").toString(), "--max-articles", "10", "-q",
                "--summary-only"));
        assertEquals("dossier: note: 30 articles: briefing the 10 most central to the story, 20 left out "
                + "(--max-articles)\n", stderr().replace("\r\n", "\n"));
    }

    @Test
    void badLimitValuesAreUsageErrors() {
        assertEquals(2, run("brief", in.toString(), "--max-file-size", "lots"));
        assertTrue(stderr().contains("not a size: 'lots'"), stderr());
        assertEquals(2, run("ingest", in.toString(), "--max-html-depth", "0"));
        assertTrue(stderr().contains("--max-html-depth must be positive, got 0"), stderr());
        assertEquals(2, run("brief", in.toString(), "--max-articles", "0"));
        assertEquals(2, run("ingest", in.toString(), "--max-article-seconds", "0"));
        assertTrue(stderr().contains("--max-article-seconds must be at least 1, got 0"), stderr());
    }
}
