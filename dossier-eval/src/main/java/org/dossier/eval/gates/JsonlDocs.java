package org.dossier.eval.gates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;

/**
 * Reads the documents of a summarisation cluster file ({@code duc2006.jsonl}, {@code multinews-dev.jsonl}: one
 * cluster per line with a {@code docs} array of {@code {id, title?, text}}) as articles, for the text gates.
 */
final class JsonlDocs {
    private JsonlDocs() {
    }

    /** Every document of every cluster in {@code file}, in file order; title is null when the file has none. */
    static List<Article> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode cluster = json.readTree(line);
                for (JsonNode doc : cluster.path("docs")) {
                    String title = doc.hasNonNull("title") ? doc.get("title").asText() : null;
                    out.add(Article.builder(doc.path("id").asText(), doc.path("text").asText())
                            .title(title).origin(file.getFileName() + "#" + lineNo).build());
                }
            }
        }
        return out;
    }
}
