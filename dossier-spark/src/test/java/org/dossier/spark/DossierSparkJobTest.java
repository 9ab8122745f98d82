package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's exit codes and one-line errors (the shared session is reused and not stopped). */
class DossierSparkJobTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void session() {
        SparkTestSession.get();
    }

    private int run(StringWriter err, String... args) {
        return DossierSparkJob.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    @Test
    void unknownOptionIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "--input", "x.jsonl", "--output", "out", "--colour"));
        assertTrue(err.toString().startsWith("dossier-spark: "), err.toString());
    }

    @Test
    void badFormatIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "--input", "x.jsonl", "--output", dir.resolve("o").toString(), "--format", "xml"));
        assertTrue(err.toString().contains("--format"), err.toString());
    }

    @Test
    void badWindowSizesAreUsageErrors() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "--input", "x.jsonl", "--output", dir.resolve("o").toString(), "--block-articles",
                "3"));
        assertTrue(err.toString().contains("--block-articles: 3 (at least 4)"), err.toString());
        StringWriter err2 = new StringWriter();
        assertEquals(2, run(err2, "--input", "x.jsonl", "--output", dir.resolve("o").toString(), "--block-articles",
                "100", "--warm-up-articles", "101"));
        assertTrue(err2.toString().contains("--warm-up-articles: 101 (0 to --block-articles)"), err2.toString());
    }

    @Test
    void missingInputIsAnInputProblemInOneLine() {
        StringWriter err = new StringWriter();
        assertEquals(1, run(err, "--input", dir.resolve("nothing-here.jsonl").toString(), "--output",
                dir.resolve("o").toString()));
        assertEquals("dossier-spark: no such input: " + dir.resolve("nothing-here.jsonl") + System.lineSeparator(),
                err.toString());
    }

    @Test
    void existingOutputIsRefused() throws Exception {
        Path input = TeamArticles.write(dir);
        Files.createDirectories(dir.resolve("taken"));
        StringWriter err = new StringWriter();
        assertEquals(1, run(err, "--input", input.toString(), "--output", dir.resolve("taken").toString()));
        assertTrue(err.toString().contains("output folder exists"), err.toString());
    }
}
