package org.dossier.render;

import static org.dossier.render.JsonChecks.describe;
import static org.dossier.render.JsonChecks.optionalString;
import static org.dossier.render.JsonChecks.requireObject;
import static org.dossier.render.JsonChecks.requiredArray;
import static org.dossier.render.JsonChecks.requiredInt;
import static org.dossier.render.JsonChecks.requiredString;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.model.Agreement;
import org.dossier.model.Briefing;
import org.dossier.model.Citation;
import org.dossier.model.Discrepancy;
import org.dossier.model.EntityReport;
import org.dossier.model.EventReport;
import org.dossier.model.QuoteReport;
import org.dossier.model.TimelineItem;

/**
 * The JSON of the briefing sections after the summary ({@code events}, {@code timeline}, {@code quotes},
 * {@code entities}, {@code agreements}, {@code discrepancies}), written and read for {@link BriefingJson}.
 *
 * <p>Writing follows the format's rules: every field always written, {@code null} for unknown values, enums as the
 * lower-case words the model records document ({@code "duration"}, {@code "conflicting"}). Reading accepts a
 * document without these fields (one written before they existed: same {@code schemaVersion}, since readers
 * ignore what they do not know) and gives empty lists then; a field that is present must be well-formed, and the
 * error names its JSON path.
 */
final class SectionsJson {

    /** The six sections as read from a document. */
    record Sections(List<EventReport> events, List<TimelineItem> timeline, List<QuoteReport> quotes,
                    List<EntityReport> entities, List<Agreement> agreements, List<Discrepancy> discrepancies) {
    }

    private SectionsJson() {
    }

    // ---- writing ------------------------------------------------------------------------------------------

    static void write(Briefing b, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("events");
        for (EventReport e : b.events()) {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("what", e.what());
            g.writeStringField("where", e.where());
            g.writeStringField("when", e.when() == null ? null : e.when().toString());
            g.writeBooleanField("whenFromPublication", e.whenFromPublication());
            g.writeStringField("whenStated", e.whenStated());
            writeStrings("who", e.who(), g);
            g.writeStringField("duration", e.duration());
            g.writeArrayFieldStart("sources");
            for (int n : e.sources()) {
                g.writeNumber(n);
            }
            g.writeEndArray();
            writeCitations(e.citations(), g);
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("timeline");
        for (TimelineItem t : b.timeline()) {
            g.writeStartObject();
            g.writeStringField("date", t.date().toString());
            g.writeStringField("precision", t.precision());
            g.writeStringField("eventId", t.eventId());
            g.writeStringField("text", t.text());
            writeCitations(t.citations(), g);
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("quotes");
        for (QuoteReport q : b.quotes()) {
            g.writeStartObject();
            g.writeStringField("text", q.text());
            g.writeStringField("kind", q.kind());
            g.writeStringField("speaker", q.speaker());
            g.writeBooleanField("anonymous", q.anonymous());
            g.writeStringField("speakerKind", q.speakerKind());
            writeStrings("otherSpeakers", q.otherSpeakers(), g);
            writeCitations(q.citations(), g);
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("entities");
        for (EntityReport e : b.entities()) {
            g.writeStartObject();
            g.writeStringField("name", e.name());
            g.writeStringField("kind", e.kind());
            writeStrings("aliases", e.aliases(), g);
            g.writeArrayFieldStart("mentions");
            for (EntityReport.SourceMentions m : e.mentions()) {
                g.writeStartObject();
                g.writeNumberField("source", m.source());
                g.writeNumberField("count", m.count());
                g.writeEndObject();
            }
            g.writeEndArray();
            writeCitations(e.citations(), g);
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("agreements");
        for (Agreement a : b.agreements()) {
            g.writeStartObject();
            g.writeStringField("claim", a.claim());
            g.writeNumberField("sourceCount", a.sourceCount());
            g.writeNumberField("sourceTotal", a.sourceTotal());
            writeCitations(a.citations(), g);
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("discrepancies");
        for (Discrepancy d : b.discrepancies()) {
            g.writeStartObject();
            g.writeStringField("subject", d.subject());
            g.writeStringField("kind", d.kind().name().toLowerCase(Locale.ROOT));
            g.writeStringField("verdict", d.verdict().name().toLowerCase(Locale.ROOT));
            g.writeArrayFieldStart("values");
            for (Discrepancy.StatedValue v : d.values()) {
                g.writeStartObject();
                g.writeStringField("value", v.value());
                writeCitations(v.citations(), g);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** {@code "citations": [{"source": 2, "sentence": 4, "text": "..."}, ...]}, as every cited item has. */
    static void writeCitations(List<Citation> citations, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("citations");
        for (Citation c : citations) {
            g.writeStartObject();
            g.writeNumberField("source", c.source());
            g.writeNumberField("sentence", c.sentence());
            g.writeStringField("text", c.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeStrings(String field, List<String> values, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** An item's parts, read; the record's constructor then checks them. */
    @FunctionalInterface
    private interface ItemReader<T> {
        T read(JsonNode n, String path) throws BriefingJsonException;
    }

    static Sections read(JsonNode root) throws BriefingJsonException {
        return new Sections(
                items(root, "events", SectionsJson::event),
                items(root, "timeline", SectionsJson::timelineItem),
                items(root, "quotes", SectionsJson::quote),
                items(root, "entities", SectionsJson::entity),
                items(root, "agreements", SectionsJson::agreement),
                items(root, "discrepancies", SectionsJson::discrepancy));
    }

    /** The items of an optional top-level array: absent means empty (a document from before the field). */
    private static <T> List<T> items(JsonNode root, String field, ItemReader<T> reader)
            throws BriefingJsonException {
        if (!root.has(field)) {
            return List.of();
        }
        JsonNode array = requiredArray(root, field, "$");
        List<T> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String path = "$." + field + "[" + i + "]";
            JsonNode n = array.get(i);
            requireObject(n, path);
            try {
                out.add(reader.read(n, path));
            } catch (IllegalArgumentException | NullPointerException e) {
                // the record constructors check what the schema cannot say (sourceCount <= sourceTotal, ...)
                throw new BriefingJsonException(path + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static EventReport event(JsonNode n, String path) throws BriefingJsonException {
        List<Integer> sources = new ArrayList<>();
        JsonNode array = requiredArray(n, "sources", path);
        for (int i = 0; i < array.size(); i++) {
            JsonNode s = array.get(i);
            if (!s.isIntegralNumber() || !s.canConvertToInt() || s.intValue() < 1) {
                throw new BriefingJsonException(path + ".sources[" + i + "]: expected a source number, found "
                        + describe(s));
            }
            sources.add(s.intValue());
        }
        return new EventReport(requiredString(n, "id", path), requiredString(n, "what", path),
                optionalString(n, "where", path), optionalDate(n, "when", path),
                requiredBoolean(n, "whenFromPublication", path), optionalString(n, "whenStated", path),
                strings(n, "who", path),
                optionalString(n, "duration", path), sources, citations(n, path));
    }

    private static TimelineItem timelineItem(JsonNode n, String path) throws BriefingJsonException {
        LocalDate date = optionalDate(n, "date", path);
        if (date == null) {
            throw new BriefingJsonException(path + ".date: expected a date such as 2025-03-10, found null");
        }
        return new TimelineItem(date, requiredString(n, "precision", path), optionalString(n, "eventId", path),
                requiredString(n, "text", path), citations(n, path));
    }

    private static QuoteReport quote(JsonNode n, String path) throws BriefingJsonException {
        return new QuoteReport(requiredString(n, "text", path), requiredString(n, "kind", path),
                optionalString(n, "speaker", path), requiredBoolean(n, "anonymous", path),
                requiredString(n, "speakerKind", path), strings(n, "otherSpeakers", path), citations(n, path));
    }

    private static EntityReport entity(JsonNode n, String path) throws BriefingJsonException {
        List<EntityReport.SourceMentions> mentions = new ArrayList<>();
        JsonNode array = requiredArray(n, "mentions", path);
        for (int i = 0; i < array.size(); i++) {
            String p = path + ".mentions[" + i + "]";
            JsonNode m = array.get(i);
            requireObject(m, p);
            mentions.add(new EntityReport.SourceMentions(requiredInt(m, "source", p, 1),
                    requiredInt(m, "count", p, 1)));
        }
        return new EntityReport(requiredString(n, "name", path), requiredString(n, "kind", path),
                strings(n, "aliases", path), mentions, citations(n, path));
    }

    private static Agreement agreement(JsonNode n, String path) throws BriefingJsonException {
        return new Agreement(requiredString(n, "claim", path), requiredInt(n, "sourceCount", path, 2),
                requiredInt(n, "sourceTotal", path, 2), citations(n, path));
    }

    private static Discrepancy discrepancy(JsonNode n, String path) throws BriefingJsonException {
        List<Discrepancy.StatedValue> values = new ArrayList<>();
        JsonNode array = requiredArray(n, "values", path);
        for (int i = 0; i < array.size(); i++) {
            String p = path + ".values[" + i + "]";
            JsonNode v = array.get(i);
            requireObject(v, p);
            values.add(new Discrepancy.StatedValue(requiredString(v, "value", p), citations(v, p)));
        }
        return new Discrepancy(requiredString(n, "subject", path),
                constant(Discrepancy.Kind.class, n, "kind", path),
                constant(Discrepancy.Verdict.class, n, "verdict", path), values);
    }

    /**
     * The non-empty {@code citations} array of an item: every item of a briefing cites at least one source
     * sentence.
     */
    static List<Citation> citations(JsonNode n, String path) throws BriefingJsonException {
        JsonNode array = requiredArray(n, "citations", path);
        if (array.isEmpty()) {
            throw new BriefingJsonException(path + ".citations: must not be empty; every item cites at least one "
                    + "source sentence");
        }
        List<Citation> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String p = path + ".citations[" + i + "]";
            JsonNode c = array.get(i);
            requireObject(c, p);
            out.add(new Citation(requiredInt(c, "source", p, 1), requiredInt(c, "sentence", p, 0),
                    requiredString(c, "text", p)));
        }
        return out;
    }

    private static List<String> strings(JsonNode n, String field, String path) throws BriefingJsonException {
        JsonNode array = requiredArray(n, field, path);
        List<String> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode s = array.get(i);
            if (!s.isTextual()) {
                throw new BriefingJsonException(path + "." + field + "[" + i + "]: expected a string, found "
                        + describe(s));
            }
            out.add(s.textValue());
        }
        return out;
    }

    private static boolean requiredBoolean(JsonNode n, String field, String path) throws BriefingJsonException {
        JsonNode b = n.get(field);
        if (b == null || !b.isBoolean()) {
            throw new BriefingJsonException(path + "." + field + ": expected true or false, found " + describe(b));
        }
        return b.booleanValue();
    }

    private static LocalDate optionalDate(JsonNode n, String field, String path) throws BriefingJsonException {
        String text = optionalString(n, field, path);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BriefingJsonException(path + "." + field + ": \"" + text
                    + "\" is not an ISO date such as 2025-03-10", e);
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode n, String field, String path)
            throws BriefingJsonException {
        String text = requiredString(n, field, path);
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(text)) {
                return e;
            }
        }
        throw new BriefingJsonException(path + "." + field + ": unknown value \"" + text + "\"");
    }
}
