package org.dossier.eval.events;

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

/**
 * One document of the ECB+ clustering file: {@code {"id", "topic", "event", "text"}}, the gold story being
 * {@code event}. Each topic holds two real-world events of the same kind.
 */
public record EcbDocument(String id, String topic, String event, String text) {

    /** Reads every line of the file. */
    public static List<EcbDocument> read(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<EcbDocument> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                out.add(new EcbDocument(node.path("id").asText(), node.path("topic").asText(),
                        node.path("event").asText(), node.path("text").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
