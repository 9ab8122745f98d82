package org.dossier.group.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/** Small fictional stories: two strikes on different days, one ferry launch, undated coverage. */
class EventSeparatorTest {
    private static final LocalDate TUESDAY = LocalDate.of(2024, 6, 4);
    private static final LocalDate SATURDAY = LocalDate.of(2024, 6, 8);

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final List<AnalysedArticle> story = new ArrayList<>();

    private void article(String text, LocalDate published) {
        int index = story.size();
        Article a = Article.builder("a" + index, text).title("Tram strike").published(published).build();
        story.add(new AnalysedArticle(index, a, splitter.split(index, text)));
    }

    private void twoStrikes() {
        article("Tram drivers in Welbury walked out on Monday in a strike over rosters. The stoppage lasted "
                + "four hours and left commuters stranded at Corn Exchange. Union leader Hal Brisco said the drivers "
                + "had no choice.", TUESDAY);
        article("A four-hour tram strike in Welbury on Monday stranded thousands. Hal Brisco, who leads the drivers' "
                + "union, blamed the new rosters. Commuters queued for buses at Corn Exchange.", TUESDAY);
        article("Ferry crews in Ostmark struck on Friday, halting crossings to the islands for two hours. Captain "
                + "Ines Varga said the crews wanted safer rotas. Passengers waited on the quay at Ostmark harbour.",
                SATURDAY);
        article("Crossings from Ostmark stopped for two hours on Friday when ferry crews walked out. Ines Varga, a "
                + "captain, said pay was not the issue. Island shops ran short of bread.", SATURDAY);
    }

    @Test
    void twoStrikesOnDifferentDaysAreTwoEvents() {
        twoStrikes();
        StoryEvents result = new EventSeparator().separate(story);
        assertEquals(2, result.events().size(), result.events().toString());
        StoryEvent trams = result.events().get(0);
        StoryEvent ferries = result.events().get(1);
        assertEquals(List.of(0, 1), trams.articles());
        assertEquals(List.of(2, 3), ferries.articles());
        assertEquals(LocalDate.of(2024, 6, 3), trams.when());
        assertEquals(LocalDate.of(2024, 6, 7), ferries.when());
        assertEquals("Welbury", trams.where());
        assertEquals("Ostmark", ferries.where());
        assertEquals(Duration.ofHours(4), trams.duration().length());
        assertEquals(Duration.ofHours(2), ferries.duration().length());
        assertTrue(trams.who().contains("Hal Brisco"), trams.who().toString());
        assertTrue(ferries.who().contains("Ines Varga"), ferries.who().toString());
    }

    @Test
    void coverageOfOneEventIsOneEvent() {
        article("The new ferry Skylark entered service in Ostmark on Friday after a ceremony on the quay. Mayor "
                + "Lotte Fenn cut the ribbon.", SATURDAY);
        article("Ostmark's new ferry, the Skylark, made its first crossing on Friday. Mayor Lotte Fenn said the "
                + "islands had waited ten years for it.", SATURDAY);
        article("Hundreds watched the Skylark leave Ostmark on Friday on its maiden crossing, with Mayor Lotte Fenn "
                + "on board.", LocalDate.of(2024, 6, 9));
        StoryEvents result = new EventSeparator().separate(story);
        assertEquals(1, result.events().size(), result.events().toString());
        StoryEvent launch = result.events().get(0);
        assertEquals(LocalDate.of(2024, 6, 7), launch.when());
        assertEquals("Ostmark", launch.where());
        assertEquals(List.of("Lotte Fenn"), launch.who());
        assertNull(launch.duration());
        assertEquals(List.of(0, 1, 2), launch.sources());
    }

    @Test
    void withoutPublicationDatesEventsAreStillSeparatedButUndated() {
        twoStrikes();
        List<AnalysedArticle> undated = new ArrayList<>();
        for (AnalysedArticle a : story) {
            Article bare = Article.builder(a.article().id(), a.article().text()).build();
            undated.add(new AnalysedArticle(a.index(), bare, a.sentences()));
        }
        StoryEvents result = new EventSeparator().separate(undated);
        assertEquals(2, result.events().size());
        for (StoryEvent e : result.events()) {
            assertNull(e.when(), "a bare weekday cannot be dated without an anchor");
        }
        assertTrue(result.timeline().entries().isEmpty());
    }

    @Test
    void anEmptyStoryHasNoEvents() {
        StoryEvents result = new EventSeparator().separate(List.of());
        assertTrue(result.events().isEmpty());
        assertTrue(result.timeline().entries().isEmpty());
    }
}
