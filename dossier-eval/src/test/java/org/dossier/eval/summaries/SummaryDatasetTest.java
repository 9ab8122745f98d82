package org.dossier.eval.summaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryDatasetTest {

    /** Two fictional clusters: one query-focused (DUC layout), one without query, title or date (Multi-News). */
    static final String TWO_CLUSTERS = String.join("\n",
            "{\"id\": \"T1\", \"query\": {\"title\": \"Harbour bridge\", \"narrative\": \"Why was it closed?\"},"
                    + " \"docs\": [{\"id\": \"d1\", \"title\": \"Bridge shut\", \"date\": \"2031-04-02\","
                    + " \"text\": \"The harbour bridge shut on Monday. Engineers found a crack.\\n\\nTraffic moved"
                    + " to the ferry.\"}, {\"id\": \"d2\", \"title\": null, \"date\": null,"
                    + " \"text\": \"Repairs will take a month. The ferry adds two boats.\"}],"
                    + " \"refs\": [\"The bridge shut after engineers found a crack. Repairs take a month.\","
                    + " \"A crack closed the harbour bridge.\\nFerries carry the traffic.\"]}",
            "",
            "{\"id\": \"T2\", \"docs\": [{\"id\": \"x\", \"text\": \"Snow fell. Roads closed.\"}],"
                    + " \"refs\": [\"Snow closed roads.\"]}",
            "");

    /** Writes {@link #TWO_CLUSTERS} to a file in {@code dir}. */
    private static Path twoClusters(Path dir) throws IOException {
        return Files.writeString(dir.resolve("tiny.jsonl"), TWO_CLUSTERS);
    }

    @Test
    void readsClustersWithAndWithoutQuery(@TempDir Path dir) throws IOException {
        Path file = twoClusters(dir);
        List<Cluster> clusters = SummaryDataset.readAll(file);
        assertEquals(2, clusters.size());

        Cluster first = clusters.get(0);
        assertEquals("T1", first.id());
        assertTrue(first.hasQuery());
        assertEquals("Harbour bridge", first.query().title());
        assertEquals(2, first.docs().size());
        assertEquals("2031-04-02", first.docs().get(0).date());
        assertNull(first.docs().get(1).title());
        assertEquals(2, first.refs().size());

        Cluster second = clusters.get(1);
        assertFalse(second.hasQuery());
        assertNull(second.docs().get(0).date());
        assertEquals("Snow fell. Roads closed.", second.docs().get(0).text());
    }

    @Test
    void documentsBecomePipelineArticlesWithParsedDatesAndTraceableOrigins(@TempDir Path dir) throws IOException {
        Path file = twoClusters(dir);
        Cluster first = SummaryDataset.readAll(file).get(0);
        List<Article> articles = first.articles();
        assertEquals(2, articles.size());
        Article bridge = articles.get(0);
        assertEquals("d1", bridge.id());
        assertEquals("Bridge shut", bridge.title());
        assertEquals(LocalDate.of(2031, 4, 2), bridge.published());
        assertEquals("T1/d1", bridge.origin());
        assertTrue(bridge.text().startsWith("The harbour bridge shut on Monday."));
        assertNull(articles.get(1).title());
        assertNull(articles.get(1).published(), "no date in the dataset, none invented");
        assertEquals("Harbour bridge. Why was it closed?", first.focus());
    }

    @Test
    void aClusterWithoutQueryHasNoFocus(@TempDir Path dir) throws IOException {
        Path file = twoClusters(dir);
        Cluster second = SummaryDataset.readAll(file).get(1);
        assertNull(second.focus());
        assertEquals("T2/x", second.articles().get(0).origin());
    }

    @Test
    void streamsLazily(@TempDir Path dir) throws IOException {
        Path file = twoClusters(dir);
        try (Stream<Cluster> clusters = SummaryDataset.stream(file)) {
            assertEquals("T1", clusters.findFirst().orElseThrow().id());
        }
    }
}
