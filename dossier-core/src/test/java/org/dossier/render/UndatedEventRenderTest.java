package org.dossier.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dossier.model.Briefing;
import org.dossier.model.Citation;
import org.dossier.model.EventReport;
import org.junit.jupiter.api.Test;

/**
 * An event no publication date could date is shown with the day its sources state, marked relative, in every
 * format; JSON carries it as {@code whenStated} and still reads files written before the field existed.
 */
class UndatedEventRenderTest {
    private static final String HEADING = "E1 \u00b7 Tuesday evening (relative; article date unknown) \u00b7 Calder City"
            + " \u00b7 80 minutes";

    private static Briefing undated(String whenStated) {
        Briefing base = ExampleBriefings.typical();
        Citation lead = new Citation(1, 0, "Mara Olsen and Ivo Dorn met on Tuesday evening in Calder City.");
        EventReport e = new EventReport("E1", lead.text(), "Calder City", null, false, whenStated,
                List.of("Mara Olsen", "Ivo Dorn"), "80 minutes", List.of(1), List.of(lead));
        return new Briefing(base.headline(), base.summary(), base.sources(), base.skipped(), base.focus(),
                base.wordBudget(), List.of(e), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void everyRendererShowsTheStatedDayAsRelative() {
        Briefing b = undated("Tuesday evening");
        assertTrue(new TextRenderer().render(b).replaceAll("\\s+", " ").contains(HEADING));
        assertTrue(new MarkdownRenderer().render(b).contains(HEADING));
        assertTrue(new HtmlRenderer().render(b).contains(HEADING));
        assertTrue(new JsonRenderer().render(b).contains("\"whenStated\": \"Tuesday evening\""));
    }

    @Test
    void withoutAStatedDayTheDateIsUnknown() {
        assertTrue(SectionFacts.eventHeading(undated(null).events().get(0)).contains("date unknown"));
        assertFalse(SectionFacts.eventHeading(undated(null).events().get(0)).contains("relative"));
    }

    @Test
    void jsonIsValidReadsBackAndOldFilesWithoutTheFieldStillRead() throws Exception {
        Briefing b = undated("Tuesday evening");
        String json = new JsonRenderer().render(b);
        assertEquals(List.of(), SchemaValidator.errors(json));
        assertEquals(b, JsonRenderer.read(json));
        String old = json.replace("\n      \"whenStated\": \"Tuesday evening\",", "");
        assertFalse(old.contains("whenStated"), old);
        assertEquals(List.of(), SchemaValidator.errors(old));
        assertNull(JsonRenderer.read(old).events().get(0).whenStated());
    }
}
