package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderersTest {

    @Test
    void findsRenderersByNameIgnoringCase() {
        assertInstanceOf(TextRenderer.class, Renderers.forFormat("text"));
        assertInstanceOf(MarkdownRenderer.class, Renderers.forFormat("md"));
        assertInstanceOf(MarkdownRenderer.class, Renderers.forFormat(" Markdown "));
        assertInstanceOf(JsonRenderer.class, Renderers.forFormat("JSON"));
        assertInstanceOf(HtmlRenderer.class, Renderers.forFormat("html"));
    }

    @Test
    void unknownNamesListTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Renderers.forFormat("pdf"));
        assertEquals("unknown output format 'pdf'; valid formats: text, md, markdown, json, html", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Renderers.forFormat(null));
        assertEquals(List.of("text", "md", "markdown", "json", "html"), Renderers.formatNames());
    }

    @Test
    void guessesTheFormatFromTheFileExtension() {
        assertEquals(Optional.of("text"), Renderers.formatForFileName("briefing.txt"));
        assertEquals(Optional.of("md"), Renderers.formatForFileName("x.md"));
        assertEquals(Optional.of("json"), Renderers.formatForFileName("out/run.2025-03-10.json"));
        assertEquals(Optional.of("html"), Renderers.formatForFileName("C:\\briefs\\Bridge.HTM"));
        assertEquals(Optional.of("html"), Renderers.formatForFileName("page.html"));
        assertEquals(Optional.empty(), Renderers.formatForFileName("briefing"));
        assertEquals(Optional.empty(), Renderers.formatForFileName("briefing.pdf"));
        assertEquals(Optional.empty(), Renderers.formatForFileName(".md"));
        assertEquals(Optional.empty(), Renderers.formatForFileName("dir.md/briefing"));
        assertEquals(Optional.empty(), Renderers.formatForFileName(null));
    }

    @Test
    void everyFormatRendersEveryExampleAndHasAMediaType() {
        for (String name : Renderers.formatNames()) {
            for (var b : ExampleBriefings.all()) {
                assertTrue(Renderers.forFormat(name).render(b).endsWith("\n"), name);
            }
        }
        assertEquals("text/html; charset=utf-8", Renderers.mediaType("html"));
        assertEquals("application/json", Renderers.mediaType("json"));
    }
}
