package org.dossier.render;

import static org.dossier.render.JsonChecks.optionalString;
import static org.dossier.render.JsonChecks.requireObject;
import static org.dossier.render.JsonChecks.requiredArray;
import static org.dossier.render.JsonChecks.requiredInt;
import static org.dossier.render.JsonChecks.requiredString;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Briefing;
import org.dossier.model.Issue;
import org.dossier.model.SourceRef;
import org.dossier.model.SummarySentence;

/**
 * Converts a {@link Briefing} to and from its JSON form, the contract between Dossier and the web page and API.
 *
 * <p>The format is described field by field in {@code briefing.schema.json} (JSON Schema draft 2020-12, next to
 * this class) and with an example in {@code docs/json-format.md}. In short: field names are the camelCase names
 * of the model records, every field is always written (unknown values as {@code null}, never left out, so that
 * clients see one fixed shape), dates are ISO 8601 ({@code "2025-03-10"}), and the document starts with
 * {@code "schemaVersion": 1} and {@code "generator": "dossier"}.
 *
 * <p>Writing uses Jackson's streaming generator, which needs no reflection and starts in a few milliseconds.
 * Reading uses Jackson's tree model (one shared {@link ObjectMapper}, created on first read) and checks the
 * document by hand, so that errors name the exact place: {@code $.summary[2].citations: must not be empty}.
 * Reading ignores fields it does not know (a later minor addition must not break older readers) and the derived
 * {@code summaryWords} field (recomputed from the sentences), and rejects a {@code schemaVersion} other than 1.
 *
 * <p>Round trip: {@code read(write(b)).equals(b)} for every briefing whose citations carry text and whose sources
 * carry ids, which the pipeline always produces. Instances are not needed: all methods are static and thread-safe.
 */
public final class BriefingJson {
    /** The version of the format this class writes and reads. Bumped on incompatible changes. */
    public static final int SCHEMA_VERSION = 1;
    /** The value of the {@code generator} field. */
    public static final String GENERATOR = "dossier";
    /** Classpath location of the JSON Schema of the format. */
    public static final String SCHEMA_RESOURCE = "/org/dossier/render/briefing.schema.json";

    /** Thread-safe and cheap: a factory only, no data binding. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private BriefingJson() {
    }

    /** The briefing as pretty-printed JSON, ending with a newline. */
    public static String write(Briefing briefing) {
        StringBuilder sb = new StringBuilder(4096);
        try {
            write(briefing, sb);
        } catch (IOException e) {
            throw new IllegalStateException("StringBuilder does not throw", e);
        }
        return sb.toString();
    }

    /** Writes the briefing as pretty-printed JSON, ending with a newline; does not close {@code out}. */
    public static void write(Briefing briefing, Appendable out) throws IOException {
        Writer writer = out instanceof Writer w ? w : new AppendableWriter(out);
        try (JsonGenerator g = FACTORY.createGenerator(writer)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setPrettyPrinter(prettyPrinter());
            writeBriefing(briefing, g);
        }
        out.append('\n');
    }

    /**
     * Two-space indentation, one array element per line, {@code "key": value} and {@code []} for empty arrays;
     * line breaks are always {@code "\n"} so that output does not depend on the platform.
     */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    private static void writeBriefing(Briefing b, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);
        g.writeStringField("generator", GENERATOR);
        g.writeStringField("headline", b.headline());
        g.writeStringField("focus", b.focus());
        g.writeNumberField("wordBudget", b.wordBudget());
        g.writeNumberField("summaryWords", b.summaryWords());
        g.writeArrayFieldStart("summary");
        for (SummarySentence s : b.summary()) {
            g.writeStartObject();
            g.writeStringField("text", s.text());
            SectionsJson.writeCitations(s.citations(), g);
            g.writeEndObject();
        }
        g.writeEndArray();
        SectionsJson.write(b, g);
        g.writeArrayFieldStart("sources");
        for (SourceRef s : b.sources()) {
            g.writeStartObject();
            g.writeNumberField("number", s.number());
            g.writeStringField("id", s.id());
            g.writeStringField("title", s.title());
            g.writeStringField("outlet", s.outlet());
            g.writeStringField("byline", s.byline());
            g.writeStringField("published", s.published() == null ? null : s.published().toString());
            g.writeStringField("url", s.url());
            g.writeStringField("origin", s.origin());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("skipped");
        for (Issue i : b.skipped()) {
            g.writeStartObject();
            g.writeStringField("origin", i.origin());
            g.writeStringField("message", i.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Parses a briefing JSON document. */
    public static Briefing read(String json) throws BriefingJsonException {
        try {
            return read(new StringReader(json));
        } catch (BriefingJsonException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("StringReader does not throw", e);
        }
    }

    /**
     * Parses a briefing JSON document from a reader (not closed).
     *
     * @throws BriefingJsonException when the text is not JSON or breaks the format
     * @throws IOException           when the reader fails
     */
    public static Briefing read(Reader in) throws IOException {
        JsonNode root;
        try {
            root = Mapper.INSTANCE.readTree(in);
        } catch (JsonProcessingException e) {
            throw new BriefingJsonException("not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new BriefingJsonException("empty document: expected a briefing JSON object");
        }
        return new TreeReader().briefing(root);
    }

    /** Holds the ObjectMapper so that writing never pays for creating it. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper(FACTORY)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Checks a parsed tree against the format and builds the records, naming the path of the first problem. */
    private static final class TreeReader {

        Briefing briefing(JsonNode root) throws BriefingJsonException {
            requireObject(root, "$");
            JsonNode version = root.get("schemaVersion");
            if (version == null || !version.isIntegralNumber()) {
                throw new BriefingJsonException("$.schemaVersion: missing; this does not look like a Dossier briefing");
            }
            if (version.asLong() != SCHEMA_VERSION) {
                throw new BriefingJsonException("$.schemaVersion: " + version.asText() + " is not supported; this "
                        + "version of Dossier reads schemaVersion " + SCHEMA_VERSION);
            }
            String headline = optionalString(root, "headline", "$");
            String focus = optionalString(root, "focus", "$");
            int wordBudget = requiredInt(root, "wordBudget", "$", 1);

            List<SummarySentence> summary = new ArrayList<>();
            JsonNode summaryNode = requiredArray(root, "summary", "$");
            for (int i = 0; i < summaryNode.size(); i++) {
                summary.add(sentence(summaryNode.get(i), "$.summary[" + i + "]"));
            }
            List<SourceRef> sources = new ArrayList<>();
            JsonNode sourcesNode = requiredArray(root, "sources", "$");
            for (int i = 0; i < sourcesNode.size(); i++) {
                sources.add(source(sourcesNode.get(i), "$.sources[" + i + "]"));
            }
            List<Issue> skipped = new ArrayList<>();
            JsonNode skippedNode = requiredArray(root, "skipped", "$");
            for (int i = 0; i < skippedNode.size(); i++) {
                String path = "$.skipped[" + i + "]";
                JsonNode n = skippedNode.get(i);
                requireObject(n, path);
                skipped.add(new Issue(optionalString(n, "origin", path), requiredString(n, "message", path)));
            }
            SectionsJson.Sections sections = SectionsJson.read(root);
            return new Briefing(headline, summary, sources, skipped, focus, wordBudget, sections.events(),
                    sections.timeline(), sections.quotes(), sections.entities(), sections.agreements(),
                    sections.discrepancies());
        }

        private SummarySentence sentence(JsonNode n, String path) throws BriefingJsonException {
            requireObject(n, path);
            String text = requiredString(n, "text", path);
            JsonNode citationsNode = requiredArray(n, "citations", path);
            if (citationsNode.isEmpty()) {
                throw new BriefingJsonException(path + ".citations: must not be empty; every summary sentence "
                        + "cites at least one source");
            }
            return new SummarySentence(text, SectionsJson.citations(n, path));
        }

        private SourceRef source(JsonNode n, String path) throws BriefingJsonException {
            requireObject(n, path);
            int number = requiredInt(n, "number", path, 1);
            String id = requiredString(n, "id", path);
            String published = optionalString(n, "published", path);
            LocalDate date = null;
            if (published != null) {
                try {
                    date = LocalDate.parse(published);
                } catch (DateTimeParseException e) {
                    throw new BriefingJsonException(path + ".published: \"" + published
                            + "\" is not an ISO date such as 2025-03-10", e);
                }
            }
            return new SourceRef(number, id, optionalString(n, "title", path), optionalString(n, "outlet", path),
                    optionalString(n, "byline", path), date, optionalString(n, "url", path),
                    optionalString(n, "origin", path));
        }
    }
}
