package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.model.Briefing;
import org.junit.jupiter.api.Test;

/** Keeps the example in {@code docs/json-format.md} true: it must be valid and exactly what the renderer writes. */
class JsonFormatDocTest {

    @Test
    void theDocumentedExampleIsValidAndCanonical() throws Exception {
        Path doc = Path.of("..", "docs", "json-format.md");
        assumeTrue(Files.exists(doc), "docs/json-format.md is not beside this module");
        String markdown = Files.readString(doc);
        int start = markdown.indexOf("```json\n") + "```json\n".length();
        int end = markdown.indexOf("```", start);
        String example = markdown.substring(start, end);

        assertEquals(List.of(), SchemaValidator.errors(example));
        Briefing briefing = JsonRenderer.read(example);
        assertEquals(example, new JsonRenderer().render(briefing), "the example is written as the renderer writes");
        String text = markdown.substring(markdown.indexOf("```text\n") + "```text\n".length());
        text = text.substring(0, text.indexOf("```"));
        assertEquals(text, new TextRenderer().render(briefing), "the text example matches the text renderer");
    }
}
