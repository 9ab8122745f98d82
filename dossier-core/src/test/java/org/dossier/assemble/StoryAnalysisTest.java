package org.dossier.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.EntityReport;
import org.dossier.model.QuoteReport;
import org.junit.jupiter.api.Test;

/** The assembly on small invented stories: speaker names, filters, sections, timing hook. */
class StoryAnalysisTest {
    /** Two outlets quote the same words; one names the mayor in full, the other by surname only. */
    private static final List<AnalysedArticle> BRIDGE = StoryFixtures.texts(
            "Mayor Edda Lindqvist opened the new ferry pier in Harrowgate on Saturday morning.\n\n"
                    + "\"This pier gives the island its evenings back,\" Lindqvist said after cutting the ribbon.\n\n"
                    + "The pier had cost less than planned, a senior council official said.",
            "The ferry pier at Harrowgate opened on Saturday after two years of work.\n\n"
                    + "\"This pier gives the island its evenings back,\" said Edda Lindqvist, the mayor of "
                    + "Harrowgate.\n\nThe first ferry left at 9 a.m. with forty passengers, Captain Joran Bell said.");

    @Test
    void aSpeakerNamedBySurnameGetsTheCanonicalName() {
        StoryAnalysis.Result r = new StoryAnalysis().analyse(BRIDGE);
        QuoteReport q = r.quotes().stream().filter(x -> x.text().contains("evenings back")).findFirst()
                .orElseThrow(() -> new AssertionError(r.quotes().toString()));
        assertEquals("Edda Lindqvist", q.speaker());
        assertEquals("direct", q.kind());
        assertEquals("person", q.speakerKind());
        assertFalse(q.anonymous());
        assertEquals(List.of(1, 2), q.citations().stream().map(c -> c.source()).distinct().sorted().toList(),
                "both outlets carry the quote");
        assertEquals("This pier gives the island its evenings back", q.text(), "no comma before the closing mark");
    }

    @Test
    void anAnonymousSourceStaysAnonymous() {
        StoryAnalysis.Result r = new StoryAnalysis().analyse(BRIDGE);
        QuoteReport q = r.quotes().stream().filter(x -> x.text().contains("cost less")).findFirst()
                .orElseThrow(() -> new AssertionError(r.quotes().toString()));
        assertTrue(q.anonymous(), q.toString());
        assertTrue(q.speaker().toLowerCase().contains("council official"), q.speaker());
    }

    @Test
    void whoIsWhoKeepsNamesUsedTwiceAndLeavesOutOneOffs() {
        StoryAnalysis.Result r = new StoryAnalysis().analyse(BRIDGE);
        List<String> names = r.entities().stream().map(EntityReport::name).toList();
        assertTrue(names.contains("Edda Lindqvist"), names.toString());
        assertTrue(names.contains("Harrowgate"), names.toString());
        assertFalse(names.contains("Joran Bell"), "named once by one outlet: " + names);
        EntityReport mayor = r.entities().stream().filter(e -> e.name().equals("Edda Lindqvist")).findFirst()
                .orElseThrow();
        assertEquals("person", mayor.kind());
        assertTrue(mayor.aliases().contains("Lindqvist"), mayor.aliases().toString());
        assertEquals(2, mayor.citations().size(), "the first mentioning sentence of each outlet");
        assertEquals(0, mayor.citations().get(0).sentence());
    }

    @Test
    void onlyTheRequestedSectionsAreFilled() {
        StoryAnalysis quotesOnly = new StoryAnalysis(EnumSet.of(Section.QUOTES));
        List<String> stages = new ArrayList<>();
        StoryAnalysis.Result r = quotesOnly.analyse(BRIDGE, (stage, nanos) -> stages.add(stage));
        assertFalse(r.quotes().isEmpty());
        assertTrue(r.events().isEmpty() && r.timeline().isEmpty() && r.entities().isEmpty(), r.toString());
        assertEquals(List.of("entities", "quotes", "assemble"), stages,
                "quotes need the entity linker for speaker names, not the event separator");
        assertEquals(StoryAnalysis.Result.empty(), new StoryAnalysis(EnumSet.noneOf(Section.class)).analyse(BRIDGE));
    }

    @Test
    void eventsCiteTheWhatSentenceFirst() {
        StoryAnalysis.Result r = new StoryAnalysis().analyse(BRIDGE);
        assertFalse(r.events().isEmpty());
        r.events().forEach(e -> assertEquals(e.what(), e.citations().get(0).text()));
        assertTrue(r.timeline().stream().allMatch(t -> t.text().equals(t.citations().get(0).text())));
    }

    @Test
    void sectionNamesParseAsTheCommandLineWritesThem() {
        assertEquals(Section.COMPARISON, Section.parse("Discrepancies"));
        assertEquals(Section.ENTITIES, Section.parse(" entities "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Section.parse("gossip"));
        assertTrue(e.getMessage().contains("valid sections"), e.getMessage());
    }

    @Test
    void lengthsWrittenAsAdjectivesReadAsNouns() {
        assertEquals("35 minutes", EventReports.duration("35-minute"));
        assertEquals("two hours", EventReports.duration("two-hour"));
        assertEquals("about an hour and a half", EventReports.duration("about an hour and a half"));
    }

    @Test
    void anOfficeIsNotThePersonItIsNamedAfter() {
        List<AnalysedArticle> story = StoryFixtures.texts(
                "Mayor Edda Lindqvist met the harbour board on Monday. The mayor said the ferry would run daily.\n\n"
                        + "The talks lasted two hours, according to the mayor's office.",
                "Edda Lindqvist, the mayor of Harrowgate, promised a daily ferry after meeting the harbour board.");
        StoryAnalysis.Result r = new StoryAnalysis().analyse(story);
        assertTrue(r.quotes().stream().noneMatch(q -> q.text().contains("two hours")
                && "Edda Lindqvist".equals(q.speaker())), r.quotes().toString());
    }

    @Test
    void anEmptyStoryHasNoSections() {
        assertEquals(StoryAnalysis.Result.empty(), new StoryAnalysis().analyse(List.of()));
    }
}
