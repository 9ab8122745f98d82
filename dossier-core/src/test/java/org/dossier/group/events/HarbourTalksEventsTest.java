package org.dossier.group.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.dossier.Dossier;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.read.ArticleLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example story ({@code examples/harbour-talks}, ground truth in {@code examples/labels/story.md}): two
 * meetings, Monday 10 March in Port Essling (about 90 minutes) and Friday 14 March in Brennholm (35 minutes).
 *
 * <p>Assignment: articles that cover both meetings go to the one they mostly cover (the clustering compares whole
 * articles) and are listed among the sources of the other when they recap it.
 *
 * <p>All eight articles, the two HTML pages included (read by the HTML extractor with their publication dates):
 * the Strait Observer recaps both meetings and must not split the Monday coverage, nor lend the Monday event its
 * own publication day.
 */
class HarbourTalksEventsTest {
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 10);
    private static final LocalDate FRIDAY = LocalDate.of(2025, 3, 14);

    private static List<AnalysedArticle> articles;
    private static StoryEvents result;

    @BeforeAll
    static void separate() {
        Path folder = examples().resolve("harbour-talks");
        List<Article> loaded = new ArticleLoader().load(List.of(folder.toString())).articles();
        articles = Dossier.builder().build().analyse(loaded);
        result = new EventSeparator().separate(articles);
    }

    static Path examples() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("examples/harbour-talks"))) {
                return dir.resolve("examples");
            }
        }
        throw new IllegalStateException("examples/ not found");
    }

    /** The event of the article read from {@code file} (or, for the JSON lines, published by that outlet). */
    private static StoryEvent eventOf(String file) {
        for (AnalysedArticle a : articles) {
            if (a.article().id().endsWith(file) || file.equals(a.article().outlet())) {
                return result.eventOf(a.index()).orElseThrow();
            }
        }
        throw new AssertionError("no article " + file);
    }

    @Test
    void theTwoMeetingsComeOutAsTwoEventsInDateOrder() {
        assertEquals(2, result.events().size(), () -> result.events().toString());
        StoryEvent monday = result.events().get(0);
        StoryEvent friday = result.events().get(1);
        assertEquals("E1", monday.id());
        assertEquals(MONDAY, monday.when());
        assertEquals("Port Essling", monday.where());
        assertEquals(FRIDAY, friday.when());
        assertEquals("Brennholm", friday.where());
    }

    @Test
    void eachMeetingHasItsOwnDuration() {
        StoryEvent monday = result.events().get(0);
        StoryEvent friday = result.events().get(1);
        assertEquals(Duration.ofMinutes(90), monday.duration().length());
        assertEquals(Duration.ofMinutes(35), friday.duration().length());
        // the conflicting figure (The Brennholm Courier's 50 minutes) is kept among the stated durations
        assertTrue(friday.statedDurations().stream().anyMatch(d -> d.minutes() == 50));
        assertTrue(monday.statedDurations().stream().allMatch(d -> d.minutes() == 90));
    }

    @Test
    void singleEventArticlesAreAssignedToTheirMeeting() {
        StoryEvent monday = result.events().get(0);
        StoryEvent friday = result.events().get(1);
        assertEquals(monday, eventOf("calvara-morning-post.txt"));
        assertEquals(monday, eventOf("northwind-news-service.txt"));
        assertEquals(friday, eventOf("brennholm-courier.txt"));
        assertEquals(friday, eventOf("Island Radio Calvara"));
        // the articles covering both go to the one they mostly cover (the Brennholm deal) ...
        assertEquals(friday, eventOf("meridian-business-daily.txt"));
        assertEquals(friday, eventOf("Pan-Northern Review"));
        // ... and are still sources of the Monday meeting, which they recap
        assertEquals(articles.size(), monday.sources().size());
        // the Monday articles only preview Friday: not sources of it
        assertEquals(friday.articles(), friday.sources());
    }

    @Test
    void whoAndWhat() {
        for (StoryEvent e : result.events()) {
            assertTrue(e.who().contains("Tomas Aredo"), e.who().toString());
            assertTrue(e.who().contains("Ilse Varnholt"), e.who().toString());
            assertNotNull(e.what());
            assertTrue(e.articles().contains(e.what().articleIndex()));
        }
        assertTrue(result.events().get(1).what().text().contains("Brennholm"));
    }

    @Test
    void timelineOrdersEventsAndDatedFacts() {
        List<TimelineEntry> entries = result.timeline().entries();
        for (int i = 1; i < entries.size(); i++) {
            assertTrue(!entries.get(i).date().isBefore(entries.get(i - 1).date()), entries.toString());
        }
        assertEquals(List.of("E1", "E2"), result.timeline().events().stream().map(TimelineEntry::eventId).toList());
        // dated facts around the events: the dues rise on Jan. 1 and the working group on April 7
        assertTrue(entries.stream().anyMatch(t -> t.date().equals(LocalDate.of(2025, 1, 1)) && !t.isEvent()));
        assertTrue(entries.stream().anyMatch(t -> t.date().equals(LocalDate.of(2025, 4, 7)) && !t.isEvent()));
        // the Pan-Northern Review's "On Monday" (published Tuesday 18 March) is the 17th, not the 10th
        assertTrue(entries.stream().anyMatch(t -> t.date().equals(LocalDate.of(2025, 3, 17))));
        // Meridian (Saturday 15 March): "today" inside Varnholt's quote, reported "after Friday's meeting", is Friday
        int meridian = articles.stream().filter(a -> a.article().id().endsWith("meridian-business-daily.txt"))
                .findFirst().orElseThrow().index();
        assertTrue(entries.stream().noneMatch(t -> t.date().equals(LocalDate.of(2025, 3, 15))
                && t.articles().contains(meridian)), entries.toString());
    }
}
