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
        assertTrue(stdout().startsWith("1. story S1, 1 article: Cranes idle at the east quay\n"
                + "   Cranes idle at the east quay\n"), stdout());
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

    /** Invented coverage of two events, three outlets each, one line of JSON per article. */
    private static String twoEvents() {
        String[][] ferry = {
            {"Ferry Marlin Star aground off Kestrel Point", "Harbour Gazette", "2026-05-11",
                "The ferry Marlin Star ran aground off Kestrel Point on Monday with 140 passengers aboard. Captain "
                    + "Ilse Varnum said the Marlin Star struck a sandbank in fog; the coastguard took the passengers "
                    + "to Kestrel harbour."},
            {"Marlin Star passengers brought ashore", "Island Wire", "2026-05-11",
                "All 140 passengers of the Marlin Star were brought ashore at Kestrel harbour after the ferry ran "
                    + "aground on a sandbank off Kestrel Point in thick fog, the coastguard said. Captain Ilse "
                    + "Varnum stayed aboard."},
            {"Inquiry into Kestrel Point grounding", "Valley Post", "2026-05-12",
                "Investigators opened an inquiry into the grounding of the ferry Marlin Star off Kestrel Point. "
                    + "Captain Ilse Varnum told them the sandbank had moved since the last chart of the Kestrel "
                    + "channel; tugs will try to refloat the Marlin Star."}};
        String[][] library = {
            {"Fire guts Oakridge library", "Valley Post", "2026-05-20",
                "A fire destroyed the reading room of the Oakridge public library overnight. Fire chief Tobias "
                    + "Renwick said the Oakridge blaze started in the basement archive; no one was hurt."},
            {"Oakridge library fire: archive lost", "Harbour Gazette", "2026-05-20",
                "The basement archive of the Oakridge library was lost in the overnight fire, chief Tobias Renwick "
                    + "said. Librarian Noor Halloway said the Oakridge reading room held maps from the town's "
                    + "founding."},
            {"Oakridge library to reopen in a school", "Evening Lantern", "2026-05-22",
                "After the fire at the Oakridge library, librarian Noor Halloway said lending would move to the "
                    + "Oakridge school hall. Fire chief Tobias Renwick said the basement archive blaze was an "
                    + "electrical fault."}};
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (String[][] event : new String[][][] {ferry, library}) {
            for (String[] a : event) {
                n++;
                out.append(String.format("{\"id\": \"a%d\", \"title\": \"%s\", \"source\": \"%s\", \"date\": "
                        + "\"%s\", \"url\": \"https://news.example/%d\", \"text\": \"%s\"}%n", n, a[0], a[1], a[2], n, a[3]));
            }
        }
        return out.toString();
    }

    @Test
    void ingestAssignsStoriesThatStoriesListsAndSearchGroupsBy() throws IOException {
        Path in = Files.writeString(dir.resolve("events.jsonl"), twoEvents());
        String store = dir.resolve("stories-store").toString();
        assertEquals(0, run("ingest", in.toString(), "--store", store));
        assertTrue(stderr().contains("2 stories in the store"), stderr());

        assertEquals(0, run("stories", "--store", store));
        String[] lines = stdout().split("\n");
        assertEquals(4, lines.length, stdout());
        assertTrue(lines[0].matches("S2 +3 articles +3 sources 2026-05-20\\.\\.2026-05-22"), lines[0]);
        assertTrue(lines[1].startsWith("    ") && lines[1].contains("Oakridge"), lines[1]);
        assertTrue(lines[2].matches("S1 +3 articles +3 sources 2026-05-11\\.\\.2026-05-12"), lines[2]);

        assertEquals(0, run("stories", "--store", store, "--sort", "biggest", "--limit", "1", "--format", "json"));
        JsonNode json = new ObjectMapper().readTree(stdout());
        assertEquals(1, json.get("stories").size());
        assertEquals(3, json.get("stories").get(0).get("size").asInt());

        assertEquals(0, run("stories", "S1", "--store", store));
        assertTrue(stdout().contains("  1. Ferry Marlin Star aground off Kestrel Point\n"), stdout());
        assertTrue(stdout().contains("  3. Inquiry into Kestrel Point grounding\n"), stdout());
        assertEquals(0, run("stories", "S1", "--store", store, "--format", "json"));
        assertEquals(3, new ObjectMapper().readTree(stdout()).get("articles").size());

        assertEquals(0, run("search", "Renwick", "--store", store));
        assertTrue(stdout().startsWith("1. story S2, 3 articles: "), stdout());
        assertEquals(0, run("search", "Renwick", "--store", store, "--format", "json"));
        assertEquals("S2", new ObjectMapper().readTree(stdout()).get("groups").get(0).get("story").asText());

        assertEquals(1, run("stories", "S9", "--store", store));
        assertTrue(stderr().startsWith("dossier: no story S9"), stderr());
        assertEquals(2, run("stories", "--store", store, "--sort", "oldest"));
        assertTrue(stderr().contains("--sort must be newest or biggest"), stderr());
    }

    @Test
    void aStoreIngestedWithoutStoriesGetsThemAtTheNextIngest() throws IOException {
        Path in = Files.writeString(dir.resolve("events.jsonl"), twoEvents());
        String store = dir.resolve("late-store").toString();
        assertEquals(0, run("ingest", in.toString(), "--store", store, "--no-stories"));
        assertEquals(0, run("stories", "--store", store));
        assertEquals("No stories yet (they are assigned by 'dossier ingest').\n", stdout());

        assertEquals(0, run("ingest", in.toString(), "--store", store));
        assertTrue(stderr().contains("stories: placed 6 stored articles the story snapshot did not cover"), stderr());
        assertTrue(stderr().contains("already stored 6"), stderr());
        assertEquals(0, run("stories", "--store", store, "--sort", "biggest", "--format", "json"));
        JsonNode stories = new ObjectMapper().readTree(stdout()).get("stories");
        assertEquals(2, stories.size());
        assertEquals(3, stories.get(1).get("size").asInt());
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
