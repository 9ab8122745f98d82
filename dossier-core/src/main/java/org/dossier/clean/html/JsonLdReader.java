package org.dossier.clean.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the article object in a page's JSON-LD ({@code <script type="application/ld+json">}), the structured
 * data most news sites embed for search engines.
 *
 * <p>Pages wrap it in many ways: one object, an array of objects, an {@code @graph} list, or the article nested
 * as {@code mainEntity}. This reader walks all of them (iteratively) and returns the first object whose
 * {@code @type} is an article kind, else the first object with a {@code headline}. Broken JSON, which is common,
 * is skipped silently. Thread-safe: Jackson's {@link ObjectMapper} is safe to share once configured.
 */
final class JsonLdReader {

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "liveblogposting",
            "webpage", "report", "scholarlyarticle", "techarticle", "socialmediaposting");

    /** At most this many objects of one script are examined; real metadata has a few dozen. */
    private static final int MAX_OBJECTS = 2000;

    private final ObjectMapper mapper = new ObjectMapper();

    /** The article object, or null when the page has none. */
    JsonNode article(Document doc) {
        JsonNode withHeadline = null;
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = mapper.readTree(script.data());
            } catch (JsonProcessingException | RuntimeException e) {
                continue;
            }
            for (JsonNode node : objects(root)) {
                if (isArticleType(node.get("@type")) && node.hasNonNull("headline")) {
                    return node;
                }
                if (withHeadline == null && node.hasNonNull("headline")) {
                    withHeadline = node;
                }
            }
        }
        return withHeadline;
    }

    /** Every JSON object in {@code root}, outermost first. */
    private static List<JsonNode> objects(JsonNode root) {
        List<JsonNode> found = new ArrayList<>();
        Deque<JsonNode> todo = new ArrayDeque<>();
        if (root != null) {
            todo.add(root);
        }
        while (!todo.isEmpty() && found.size() < MAX_OBJECTS) {
            JsonNode n = todo.poll();
            if (n.isObject()) {
                found.add(n);
                n.elements().forEachRemaining(child -> {
                    if (child.isContainerNode()) {
                        todo.add(child);
                    }
                });
            } else if (n.isArray()) {
                n.elements().forEachRemaining(todo::add);
            }
        }
        return found;
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    /** A person's or organisation's name from a string, an object with {@code name}, or an array of those. */
    static String name(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return blankToNull(node.asText());
        }
        if (node.isObject()) {
            return name(node.get("name"));
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode n : node) {
                String s = n.isArray() ? null : name(n);
                if (s != null && !names.contains(s)) {
                    names.add(s);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }

    /** The text of a string field, or null. */
    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v != null && v.isValueNode() ? blankToNull(v.asText()) : null;
    }

    private static String blankToNull(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() ? null : t;
    }
}
