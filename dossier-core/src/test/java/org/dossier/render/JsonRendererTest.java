package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.util.List;
import org.dossier.model.Briefing;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
    private final JsonRenderer renderer = new JsonRenderer();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void everyExampleIsValidAgainstTheSchema() {
        for (Briefing b : ExampleBriefings.all()) {
            String json = renderer.render(b);
            assertEquals(List.of(), SchemaValidator.errors(json), json);
        }
    }

    @Test
    void everyExampleSurvivesARoundTrip() throws Exception {
        for (Briefing b : ExampleBriefings.all()) {
            String json = renderer.render(b);
            assertEquals(b, JsonRenderer.read(json));
            assertEquals(b, JsonRenderer.read(new StringReader(json)));
            // Writing what was read gives the same bytes: the format has one spelling per briefing.
            assertEquals(json, renderer.render(JsonRenderer.read(json)));
        }
    }

    @Test
    void writesVersionGeneratorCamelCaseNullsAndIsoDates() throws Exception {
        JsonNode root = mapper.readTree(renderer.render(ExampleBriefings.typical()));
        assertEquals(1, root.get("schemaVersion").intValue());
        assertEquals("dossier", root.get("generator").textValue());
        assertEquals(120, root.get("wordBudget").intValue());
        assertEquals(ExampleBriefings.typical().summaryWords(), root.get("summaryWords").intValue());
        assertEquals("cost of the repairs", root.get("focus").textValue());
        JsonNode council = root.get("sources").get(1);
        assertEquals("2025-03-11", council.get("published").textValue());
        assertTrue(council.has("byline") && council.get("byline").isNull(), "unknown values are written as null");
        JsonNode citation = root.get("summary").get(0).get("citations").get(1);
        assertEquals(3, citation.get("source").intValue());
        assertEquals(2, citation.get("sentence").intValue());
    }

    @Test
    void isPrettyPrintedWithUnixLineBreaksAndKeepsUnicodeReadable() {
        String json = renderer.render(ExampleBriefings.unicode());
        assertTrue(json.startsWith("{\n  \"schemaVersion\": 1,\n  \"generator\": \"dossier\",\n"), json);
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.contains("\r"));
        assertTrue(json.contains("港口大桥重新开放 🌉"), "non-ASCII text is written as is, not as \\u escapes");
        assertTrue(renderer.render(ExampleBriefings.emptySummary()).contains("\"summary\": [],"));
    }

    @Test
    void controlCharactersAndQuotesAreEscapedAndComeBackUnchanged() throws Exception {
        Briefing hostile = ExampleBriefings.hostile();
        String json = renderer.render(hostile);
        assertFalse(json.contains("\u001b"), "raw ESC must be written as \\u001B");
        assertEquals(hostile.summary().get(0).text(), JsonRenderer.read(json).summary().get(0).text());
    }

    @Test
    void theSchemaRejectsBrokenDocuments() throws Exception {
        ObjectNode root = (ObjectNode) mapper.readTree(renderer.render(ExampleBriefings.typical()));

        ObjectNode noCitations = root.deepCopy();
        ((ObjectNode) noCitations.get("summary").get(0)).set("citations", mapper.createArrayNode());
        assertFalse(SchemaValidator.errors(noCitations.toString()).isEmpty(), "citations need minItems 1");

        ObjectNode extraField = root.deepCopy();
        ((ObjectNode) extraField.get("sources").get(0)).put("colour", "red");
        assertFalse(SchemaValidator.errors(extraField.toString()).isEmpty(), "sources allow no extra fields");

        ObjectNode badDate = root.deepCopy();
        ((ObjectNode) badDate.get("sources").get(0)).put("published", "10/03/2025");
        assertFalse(SchemaValidator.errors(badDate.toString()).isEmpty(), "dates are ISO");

        ObjectNode missingSources = root.deepCopy();
        missingSources.remove("sources");
        assertFalse(SchemaValidator.errors(missingSources.toString()).isEmpty(), "sources is required");

        ObjectNode version2 = root.deepCopy();
        version2.put("schemaVersion", 2);
        assertFalse(SchemaValidator.errors(version2.toString()).isEmpty(), "schemaVersion is 1");
    }

    @Test
    void readingNamesTheFirstProblemByPath() throws Exception {
        ObjectNode root = (ObjectNode) mapper.readTree(renderer.render(ExampleBriefings.typical()));

        ObjectNode noCitations = root.deepCopy();
        ((ObjectNode) noCitations.get("summary").get(2)).set("citations", mapper.createArrayNode());
        assertMessage(noCitations, "$.summary[2].citations: must not be empty");

        ObjectNode badSource = root.deepCopy();
        ((ObjectNode) badSource.get("summary").get(0).get("citations").get(1)).put("source", "three");
        assertMessage(badSource, "$.summary[0].citations[1].source: expected an integer, found a string");

        ObjectNode badDate = root.deepCopy();
        ((ObjectNode) badDate.get("sources").get(2)).put("published", "March 2025");
        assertMessage(badDate, "$.sources[2].published: \"March 2025\" is not an ISO date");

        ObjectNode newer = root.deepCopy();
        newer.put("schemaVersion", 2);
        assertMessage(newer, "$.schemaVersion: 2 is not supported");

        ObjectNode noSkipped = root.deepCopy();
        noSkipped.remove("skipped");
        assertMessage(noSkipped, "$.skipped: expected an array, found nothing");

        ArrayNode notAnObject = mapper.createArrayNode();
        assertMessage(notAnObject, "$: expected an object, found an array");

        BriefingJsonException notJson = assertThrows(BriefingJsonException.class, () -> JsonRenderer.read("{\"a\":"));
        assertTrue(notJson.getMessage().startsWith("not valid JSON"), notJson.getMessage());
        assertThrows(BriefingJsonException.class, () -> JsonRenderer.read(""));
        assertThrows(BriefingJsonException.class, () -> JsonRenderer.read("{\"schemaVersion\": 1} {}"),
                "trailing content is rejected");
    }

    @Test
    void readingIgnoresUnknownFieldsAndTheDerivedWordCount() throws Exception {
        ObjectNode root = (ObjectNode) mapper.readTree(renderer.render(ExampleBriefings.typical()));
        root.put("addedInALaterVersion", true);
        root.put("summaryWords", 9999);
        assertEquals(ExampleBriefings.typical(), JsonRenderer.read(root.toString()));
    }

    private void assertMessage(JsonNode document, String expectedStart) {
        BriefingJsonException e = assertThrows(BriefingJsonException.class,
                () -> JsonRenderer.read(document.toString()));
        assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
    }
}
