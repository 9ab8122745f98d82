package org.dossier.eval.summaries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dossier.model.Article;

/**
 * Reads a summarisation dataset in the shared JSON-lines layout, one cluster a line:
 * <pre>{@code
 * {"id": ..., "query": {"title", "narrative"}?,
 *  "docs": [{"id", "title"?, "date"?, "text"}], "refs": [...]}
 * }</pre>
 * (DUC 2006 and Multi-News under {@code summarization/} in the shared data).
 *
 * <p>{@link #stream(Path)} parses lazily, one line at a time, so a large file never has to fit in memory.
 */
public final class SummaryDataset {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SummaryDataset() {
    }

    /** The clusters of a file, parsed as the stream is consumed. Close the stream (try-with-resources). */
    public static Stream<Cluster> stream(Path jsonLines) throws IOException {
        BufferedReader reader = Files.newBufferedReader(jsonLines, StandardCharsets.UTF_8);
        return reader.lines()
                .filter(line -> !line.isBlank())
                .map(SummaryDataset::parse)
                .onClose(() -> {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** All clusters of a file, in file order. */
    public static List<Cluster> readAll(Path jsonLines) throws IOException {
        try (Stream<Cluster> clusters = stream(jsonLines)) {
            return clusters.collect(Collectors.toList());
        }
    }

    /**
     * Every document of every cluster in the file as pipeline articles, in file order (see
     * {@link Cluster#articles()}): for gates that look at documents one by one, such as cleaning and splitting.
     */
    public static List<Article> allArticles(Path jsonLines) throws IOException {
        try (Stream<Cluster> clusters = stream(jsonLines)) {
            return clusters.flatMap(c -> c.articles().stream()).collect(Collectors.toList());
        }
    }

    /** One cluster from one JSON line. */
    public static Cluster parse(String jsonLine) {
        JsonNode node;
        try {
            node = JSON.readTree(jsonLine);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON cluster line", e);
        }
        Cluster.Query query = null;
        JsonNode q = node.get("query");
        if (q != null && q.isObject()) {
            query = new Cluster.Query(text(q, "title"), text(q, "narrative"));
        }
        List<Cluster.Document> docs = new ArrayList<>();
        for (JsonNode d : node.path("docs")) {
            docs.add(new Cluster.Document(text(d, "id"), text(d, "title"), text(d, "date"), d.path("text").asText("")));
        }
        List<String> refs = new ArrayList<>();
        for (JsonNode r : node.path("refs")) {
            refs.add(r.asText());
        }
        return new Cluster(node.path("id").asText(), query, docs, refs);
    }

    /** A text field, or null when absent or JSON null. */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
