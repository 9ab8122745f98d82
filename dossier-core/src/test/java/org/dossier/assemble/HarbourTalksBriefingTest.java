package org.dossier.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dossier.Dossier;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Briefing;
import org.dossier.model.Citation;
import org.dossier.model.EntityReport;
import org.dossier.model.EventReport;
import org.dossier.model.QuoteReport;
import org.dossier.model.TimelineItem;
import org.dossier.read.ArticleLoader;
import org.dossier.read.ReadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The full briefing of the team's example story ({@code examples/harbour-talks}; what really happened is in
 * {@code examples/labels/story.md}): two meetings, quotes with known speakers, and alias groups.
 */
class HarbourTalksBriefingTest {
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 10);
    private static final LocalDate FRIDAY = LocalDate.of(2025, 3, 14);

    private static ReadResult read;
    private static Briefing briefing;

    @BeforeAll
    static void brief() {
        read = new ArticleLoader().load(List.of(examples().resolve("harbour-talks").toString()));
        briefing = Dossier.builder().build().brief(read);
    }

    static Path examples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples/harbour-talks"))) {
                return dir.resolve("examples");
            }
        }
        throw new IllegalStateException("examples/ not found");
    }

    @Test
    void twoEventsWithTheirDaysAndPlaces() {
        List<EventReport> events = briefing.events();
        assertEquals(2, events.size(), () -> events.toString());
        EventReport monday = events.get(0);
        EventReport friday = events.get(1);
        assertEquals("E1", monday.id());
        assertEquals(MONDAY, monday.when());
        assertEquals("Port Essling", monday.where());
        assertTrue(monday.duration().contains("90"), monday.duration());
        assertEquals("E2", friday.id());
        assertEquals(FRIDAY, friday.when());
        assertEquals("Brennholm", friday.where());
        assertTrue(friday.duration().contains("35"), friday.duration());
        assertTrue(monday.who().containsAll(List.of("Tomas Aredo", "Ilse Varnholt")), monday.who().toString());
        for (EventReport e : events) {
            assertEquals(e.what(), e.citations().get(0).text(), "the first citation is the what sentence");
            assertTrue(e.sources().size() >= 5, e.id() + " is reported by most outlets: " + e.sources());
        }
    }

    @Test
    void timelineIsInDateOrderAndMarksBothMeetings() {
        List<TimelineItem> timeline = briefing.timeline();
        for (int i = 1; i < timeline.size(); i++) {
            assertFalse(timeline.get(i).date().isBefore(timeline.get(i - 1).date()), timeline.toString());
        }
        assertEquals(MONDAY, itemOf("E1").date());
        assertEquals(FRIDAY, itemOf("E2").date());
        assertEquals("day", itemOf("E1").precision());
        // the working group's first session and the follow-up inspections (PNR only) are dated facts
        assertTrue(timeline.stream().anyMatch(t -> t.date().equals(LocalDate.of(2025, 4, 7))), timeline.toString());
        assertTrue(timeline.stream().anyMatch(t -> t.date().equals(LocalDate.of(2025, 3, 17))), timeline.toString());
        // every outlet dates the Monday meeting: each is cited once, not only the one whose sentence is shown
        assertTrue(sources(itemOf("E1").citations()).size() >= 6, itemOf("E1").citations().toString());
    }

    private static TimelineItem itemOf(String eventId) {
        return briefing.timeline().stream().filter(t -> eventId.equals(t.eventId())).findFirst().orElseThrow();
    }

    @Test
    void quotesHaveTheRightSpeakers() {
        assertSpeaker("sign anything", "Ilse Varnholt", false);
        assertSpeaker("bargaining chip", "Tomas Aredo", false);
        assertSpeaker("talked about boats and bills", "Ilse Varnholt", false);
        assertSpeaker("until the working group has done its job", "Tomas Aredo", false);
        assertSpeaker("need their boats back", "J.R. Mallory", false);
        assertSpeaker("same room", "Miriam Okafor-Lund", false);
        assertSpeaker("once the paperwork is done", "Aurel Brandt", false);
        assertSpeaker("floor we can stand on", "Ulla Dahlg\u00e5rd", false);
        QuoteReport anonymous = quote("empty-handed");
        assertTrue(anonymous.anonymous());
        assertTrue(anonymous.speaker().contains("Dunmere official"), anonymous.speaker());
    }

    @Test
    void quotesMergedAcrossOutletsCiteEveryOutlet() {
        // Q1 is carried by five outlets (CMP, NNS, DBC, SO, PNR)
        assertEquals(5, sources(quote("sign anything").citations()).size(), quote("sign anything").toString());
        assertEquals(4, sources(quote("boats and bills").citations()).size());
    }

    @Test
    void speakersUseTheCanonicalNameNotAnAlias() {
        Set<String> speakers = briefing.quotes().stream().filter(q -> !q.anonymous() && q.speaker() != null)
                .map(QuoteReport::speaker).collect(Collectors.toSet());
        for (String alias : List.of("Varnholt", "Ms Varnholt", "Aredo", "President Aredo", "Okafor-Lund")) {
            assertFalse(speakers.contains(alias), alias + " in " + speakers);
        }
    }

    @Test
    void whoIsWhoHasTheAliasGroups() {
        assertAliases("Ilse Varnholt", "person", "Varnholt", "Ms Varnholt", "Prime Minister Ilse Varnholt");
        assertAliases("Tomas Aredo", "person", "Aredo", "President Aredo");
        assertAliases("Miriam Okafor-Lund", "person", "Okafor-Lund", "Dr. Miriam Okafor-Lund");
        assertAliases("United Nations", "organisation", "U.N.", "UN");
        assertAliases("Dunmere Maritime Guard", "organisation", "DMG");
        assertAliases("Northern Seas Council", "organisation", "NSC");
        assertAliases("Port Essling", "place", "Essling");
        assertAliases("Old Customs House", "place", "Customs House");
        EntityReport varnholt = entity("Ilse Varnholt");
        assertEquals(8, varnholt.mentions().size(), "all eight outlets name her");
        assertEquals(8, varnholt.citations().size(), "one first-mention sentence per outlet");
        // people come first
        assertEquals("person", briefing.entities().get(0).kind());
    }

    @Test
    void everyCitationPointsAtTheSentenceItQuotes() {
        List<List<Citation>> all = new ArrayList<>();
        briefing.events().forEach(e -> all.add(e.citations()));
        briefing.timeline().forEach(t -> all.add(t.citations()));
        briefing.quotes().forEach(q -> all.add(q.citations()));
        briefing.entities().forEach(e -> all.add(e.citations()));
        assertFalse(all.isEmpty());
        // each citation's text must be the very sentence it numbers, in the articles as the facade splits them
        List<AnalysedArticle> articles = StoryFixtures.analysed(read.articles());
        for (List<Citation> citations : all) {
            assertFalse(citations.isEmpty());
            for (Citation c : citations) {
                assertTrue(c.source() >= 1 && c.source() <= briefing.sources().size(), c.toString());
                assertEquals(articles.get(c.source() - 1).sentences().get(c.sentence()).text(), c.text());
            }
        }
    }

    @Test
    void theAnalysisLeavesTheSummaryAlone() {
        Briefing summaryOnly = Dossier.builder().analysis(false).build().brief(read);
        assertEquals(summaryOnly.summary(), briefing.summary());
        assertEquals(summaryOnly.headline(), briefing.headline());
        assertTrue(summaryOnly.events().isEmpty() && summaryOnly.quotes().isEmpty()
                && summaryOnly.entities().isEmpty() && summaryOnly.timeline().isEmpty());
    }

    private static void assertSpeaker(String words, String speaker, boolean anonymous) {
        QuoteReport q = quote(words);
        assertEquals(speaker, q.speaker(), q.toString());
        assertEquals(anonymous, q.anonymous(), q.toString());
    }

    private static QuoteReport quote(String words) {
        return briefing.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in "
                        + briefing.quotes().stream().map(QuoteReport::text).toList()));
    }

    private static EntityReport entity(String name) {
        return briefing.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in "
                        + briefing.entities().stream().map(EntityReport::name).toList()));
    }

    private static void assertAliases(String name, String kind, String... aliases) {
        EntityReport e = entity(name);
        assertEquals(kind, e.kind(), name);
        assertTrue(e.aliases().containsAll(List.of(aliases)), name + ": " + e.aliases());
    }

    private static Set<Integer> sources(List<Citation> citations) {
        return citations.stream().map(Citation::source).collect(Collectors.toSet());
    }
}
