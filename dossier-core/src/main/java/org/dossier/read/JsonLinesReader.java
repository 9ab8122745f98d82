package org.dossier.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Issue;

/**
 * Reads articles from JSON: one object per line ({@code .jsonl}), or a {@code .json} file holding one object or
 * an array of objects.
 *
 * <p>Field names vary between feeds and crawlers, so each field accepts the common spellings:
 * text ({@code text}, {@code body}, {@code content}, {@code maintext}), title ({@code title}, {@code headline}),
 * outlet ({@code source}, {@code outlet}, {@code publisher}, {@code site_name}), date ({@code date},
 * {@code published}, {@code date_publish}, {@code pubDate}...), byline ({@code author}, {@code byline},
 * {@code authors}). A bad line is reported and skipped; the other lines are still read.
 */
public final class JsonLinesReader implements ArticleReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] TEXT = {"text", "body", "content", "maintext", "article"};
    private static final String[] TITLE = {"title", "headline"};
    private static final String[] OUTLET = {"source", "outlet", "publisher", "site_name", "source_domain", "site"};
    private static final String[] DATE = {"date", "published", "date_publish", "publishedAt", "published_at",
        "pubDate", "datePublished", "time"};
    private static final String[] BYLINE = {"author", "byline", "authors"};
    private static final String[] URL = {"url", "link", "href"};
    private final int maxLineChars;

    /** A reader with the {@link Limits#defaults() default} line length limit. */
    public JsonLinesReader() {
        this(Limits.defaults());
    }

    /** A reader skipping lines longer than {@link Limits#maxLineChars()}. */
    public JsonLinesReader(Limits limits) {
        this.maxLineChars = limits.maxLineChars();
    }

    /** The message for a line over the limit, the same for {@code brief} and {@code ingest}. */
    public static String lineTooLong(long length, int limit) {
        return "line too long (" + length + " characters > limit " + limit + "; --max-line-length)";
    }

    @Override
    public ReadResult read(Input input) throws InputException {
        String text = Texts.normaliseNewlines(TextDecoder.decode(input.bytes())).strip();
        if (text.startsWith("[")) {
            return readArray(input, text);
        }
        List<Article> articles = new ArrayList<>();
        List<Issue> skipped = new ArrayList<>();
        List<Issue> notes = new ArrayList<>();
        Ids ids = new Ids(notes);
        if (input.extension().equals("json") && !text.contains("\n{")) {
            addObject(input, text, 1, articles, skipped, ids);
        } else {
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].length() > maxLineChars) {
                    skipped.add(new Issue(input.name() + "#" + (i + 1), lineTooLong(lines[i].length(), maxLineChars)));
                } else if (!lines[i].isBlank()) {
                    addObject(input, lines[i], i + 1, articles, skipped, ids);
                }
            }
        }
        if (articles.isEmpty()) {
            throw new InputException(skipped.isEmpty() ? "no articles in JSON"
                    : "no usable article in JSON (" + skipped.get(0).message() + ")");
        }
        return new ReadResult(articles, skipped, notes);
    }

    /**
     * Reads one line of a JSON-lines file on its own, for callers that stream large files instead of loading them
     * whole. The article's origin is {@code name#lineNumber}, which is also its id when the object has none; a bad
     * line comes back as one skipped issue.
     */
    public ReadResult readLine(String name, String line, int lineNumber) {
        List<Article> articles = new ArrayList<>(1);
        List<Issue> skipped = new ArrayList<>(1);
        if (line.length() > maxLineChars) {
            return ReadResult.skipped(name + "#" + lineNumber, lineTooLong(line.length(), maxLineChars));
        }
        addObject(new Input(name, new byte[0]), line, lineNumber, articles, skipped, new Ids(new ArrayList<>()));
        return new ReadResult(articles, skipped);
    }

    private ReadResult readArray(Input input, String text) throws InputException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputException("invalid JSON: " + e.getOriginalMessage());
        }
        List<Article> articles = new ArrayList<>();
        List<Issue> skipped = new ArrayList<>();
        List<Issue> notes = new ArrayList<>();
        Ids ids = new Ids(notes);
        for (int i = 0; i < root.size(); i++) {
            addNode(input, root.get(i), i + 1, articles, skipped, ids);
        }
        if (articles.isEmpty()) {
            throw new InputException("no usable article in the JSON array");
        }
        return new ReadResult(articles, skipped, notes);
    }

    private void addObject(Input input, String json, int number, List<Article> articles, List<Issue> skipped,
                           Ids ids) {
        try {
            addNode(input, MAPPER.readTree(json), number, articles, skipped, ids);
        } catch (JsonProcessingException e) {
            skipped.add(new Issue(input.name() + "#" + number, "invalid JSON: " + e.getOriginalMessage()));
        }
    }

    private void addNode(Input input, JsonNode node, int number, List<Article> articles, List<Issue> skipped,
                         Ids ids) {
        String where = input.name() + "#" + number;
        if (node == null || !node.isObject()) {
            skipped.add(new Issue(where, "not a JSON object"));
            return;
        }
        // Normalised before the blank test: a text of only a byte-order mark is blank once the mark is dropped.
        String raw = field(node, TEXT);
        String body = raw == null ? null : Texts.blankToNull(Texts.normaliseNewlines(raw));
        if (body == null) {
            skipped.add(new Issue(where, raw == null ? "no text field (expected one of text, body, content)"
                    : "empty text"));
            return;
        }
        String id = Texts.blankToNull(field(node, new String[] {"id", "_id", "uuid"}));
        String articleId = ids.unique(id == null ? where : id, where);
        articles.add(Article.builder(articleId, body)
                .title(Texts.blankToNull(field(node, TITLE)))
                .outlet(Texts.blankToNull(field(node, OUTLET)))
                .published(PublicationDates.parse(field(node, DATE)))
                .byline(Texts.blankToNull(field(node, BYLINE)))
                .url(Texts.blankToNull(field(node, URL)))
                .origin(where)
                .build());
    }

    /** The ids used in one file: a repeated id is replaced by the line's origin, with a note. */
    private static final class Ids {
        private final Set<String> used = new HashSet<>();
        private final List<Issue> notes;

        Ids(List<Issue> notes) {
            this.notes = notes;
        }

        String unique(String id, String where) {
            if (used.add(id)) {
                return id;
            }
            used.add(where);
            notes.add(new Issue(where, "duplicate id '" + id + "' (used by an earlier line): kept as '" + where + "'"));
            return where;
        }
    }

    /** The first of {@code names} present as text; arrays of strings are joined with ", ". */
    private static String field(JsonNode node, String[] names) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isArray()) {
                List<String> parts = new ArrayList<>();
                v.forEach(x -> parts.add(x.isObject() && x.has("name") ? x.get("name").asText() : x.asText()));
                return String.join(", ", parts);
            }
            if (v.isObject()) {
                JsonNode name2 = v.get("name");
                return name2 == null ? null : name2.asText();
            }
            return v.asText();
        }
        return null;
    }
}
