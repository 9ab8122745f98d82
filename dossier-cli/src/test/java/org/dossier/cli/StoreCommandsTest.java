package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** {@code dossier ingest} and {@code dossier search} end to end, on invented articles. */
class StoreCommandsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() throws IOException {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("gazette.txt"), "Cranes idle at the east quay\n"
                + "The cranes at the east quay of Port Alder stood idle on Tuesday as crane drivers stopped work "
                + "over the new shift pattern.\n\nThe port board said talks with the drivers would resume on Thursday.");
        Files.writeString(in.resolve("wire.jsonl"), "{\"title\": \"Library opens late\", \"source\": \"Island Wire\", "
                + "\"date\": \"2026-03-06\", \"url\": \"https://wire.example/library\", \"text\": \"The town library "
                + "will open until nine on Fridays from next week, the council said.\"}\n");
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

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ingestThenIngestAgainThenSearch() throws IOException {
        String store = dir.resolve("store").toString();
        assertEquals(0, run("ingest", dir.resolve("in").toString(), "--store", store));
        assertTrue(stderr().contains("read 2, stored 2 (0 near-duplicates linked), already stored 0, skipped 0"),
                stderr());
        assertEquals(0, run("ingest", dir.resolve("in").toString(), "--store", store));
        assertTrue(stderr().contains("stored 0 (0 near-duplicates linked), already stored 2"), stderr());

        assertEquals(0, run("search", "crane", "drivers", "--store", store));
        assertTrue(stdout().startsWith("1. 1 article\n   Cranes idle at the east quay\n"), stdout());
        assertTrue(stdout().contains("[crane] [drivers]"), stdout());
        assertTrue(stdout().endsWith("1 article matches; 1 group shown.\n"), stdout());

        assertEquals(0, run("search", "library", "--store", store, "--source", "wire.example", "--from", "2026-03-01",
                "--format", "json"));
        JsonNode json = new ObjectMapper().readTree(stdout());
        assertEquals(1, json.get("matched").asInt());
        assertEquals("Island Wire", json.get("groups").get(0).get("articles").get(0).get("outlet").asText());

        assertEquals(0, run("search", "library", "--store", store, "--to", "2026-03-01"));
        assertEquals("No article matches.\n", stdout());
    }

    @Test
    void errorsAreOneLineWithTheUsualExitCodes() {
        assertEquals(1, run("ingest", dir.resolve("missing").toString(), "--store", dir.resolve("s").toString()));
        assertTrue(stderr().startsWith("dossier: nothing to ingest: "), stderr());
        assertEquals(1, stderr().strip().lines().count());

        assertEquals(1, run("search", "anything", "--store", dir.resolve("nowhere").toString()));
        assertTrue(stderr().startsWith("dossier: no store at "), stderr());

        assertEquals(2, run("search", "x", "--from", "yesterday", "--store", dir.toString()));
        assertTrue(stderr().contains("--from must be a date like"), stderr());
        assertEquals(2, run("search", "x", "--from", "2026-03-02", "--to", "2026-03-01"));
        assertEquals(2, run("search", "x", "--format", "xml"));
    }
}
