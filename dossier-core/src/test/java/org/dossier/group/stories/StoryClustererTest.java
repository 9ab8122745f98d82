package org.dossier.group.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.group.events.DocumentFeaturizer;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;

/** Small invented streams: every text here is the team's own fictional news. */
class StoryClustererTest {
    private static final DocumentFeaturizer FEATURIZER = new DocumentFeaturizer();
    private static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);

    private static StreamArticle article(String id, LocalDate date, String outlet, String title, String text) {
        return StreamArticle.of(Article.builder(id, text).title(title).outlet(outlet).published(date).build(),
                FEATURIZER);
    }

    // a harbour strike in Port Essling
    private static StreamArticle strike(String id, LocalDate date, String outlet, int variant) {
        String[] texts = {
            "Dock workers in Port Essling walked out, leaving cargo ships waiting outside the harbour. Union leader "
                + "Maria Ortega said the Essling dockers would stay out until the harbour dues rise was dropped.",
            "The strike at Port Essling harbour entered another day as cargo piled up on the quays. Maria Ortega of "
                + "the dockers' union told reporters the Essling port authority had refused to talk about the dues.",
            "Cargo ships are still anchored off Port Essling, where dockers are on strike over harbour dues. Port "
                + "director Henrik Salo called the Essling walkout reckless; union leader Maria Ortega disagreed.",
            "Talks to end the Port Essling dock strike failed again, union leader Maria Ortega said, and the "
                + "harbour dues dispute with director Henrik Salo goes on while ships wait outside Essling."};
        String[] titles = {"Dockers strike in Port Essling", "Essling harbour strike goes on",
            "Ships wait off Port Essling", "No deal in Essling dock strike"};
        return article(id, date, outlet, titles[variant % 4], texts[variant % 4]);
    }

    // a forest fire near Kelby
    private static StreamArticle fire(String id, LocalDate date, String outlet, int variant) {
        String[] texts = {
            "A forest fire spread through the pine woods north of Kelby, forcing firefighters to evacuate two "
                + "villages. Fire chief Tomas Brandt said dry wind was pushing the flames towards the Kelby road.",
            "Firefighters battled the Kelby forest fire through the night as smoke drifted over the valley. Chief "
                + "Tomas Brandt said helicopters dropped water on the burning pines near the villages.",
            "The blaze in the Kelby pine forest has burned hundreds of hectares, fire chief Tomas Brandt said, and "
                + "evacuated villagers are sleeping in the Kelby sports hall.",
            "Rain helped firefighters contain the Kelby forest fire, Tomas Brandt said, though smoke still hung "
                + "over the pine woods and the road north of Kelby stayed closed."};
        String[] titles = {"Forest fire near Kelby", "Kelby fire burns overnight", "Villagers flee Kelby blaze",
            "Rain slows Kelby forest fire"};
        return article(id, date, outlet, titles[variant % 4], texts[variant % 4]);
    }

    @Test
    void twoStoriesInterleavedAreKeptApart() {
        StoryClusterer clusterer = new StoryClusterer();
        List<String> strikeStories = new ArrayList<>();
        List<String> fireStories = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            strikeStories.add(clusterer.assign(strike("s" + i, MAY_4.plusDays(i), "Harbour Gazette", i)).storyId());
            fireStories.add(clusterer.assign(fire("f" + i, MAY_4.plusDays(i), "Valley Post", i)).storyId());
        }
        assertEquals(1, strikeStories.stream().distinct().count(), strikeStories.toString());
        assertEquals(1, fireStories.stream().distinct().count(), fireStories.toString());
        assertNotEquals(strikeStories.get(0), fireStories.get(0));
        assertEquals(2, clusterer.storyCount());
    }

    @Test
    void theFirstArticleStartsAStoryAndTheNextJoinsIt() {
        StoryClusterer clusterer = new StoryClusterer();
        StoryAssignment first = clusterer.assign(strike("s0", MAY_4, "Harbour Gazette", 0));
        StoryAssignment second = clusterer.assign(strike("s1", MAY_4, "Coast Courier", 1));
        assertTrue(first.isNew());
        assertEquals(0, first.similarity());
        assertFalse(second.isNew());
        assertEquals(first.storyId(), second.storyId());
        assertTrue(second.similarity() >= StorySettings.DEFAULT.threshold(), "joined with " + second.similarity());
    }

    @Test
    void aStoryResumesAfterAGapWithinTheWindow() {
        StoryClusterer clusterer = new StoryClusterer();
        String strike = clusterer.assign(strike("s0", MAY_4, "Harbour Gazette", 0)).storyId();
        clusterer.assign(strike("s1", MAY_4.plusDays(1), "Coast Courier", 1));
        for (int i = 0; i < 4; i++) {
            clusterer.assign(fire("f" + i, MAY_4.plusDays(2 + i), "Valley Post", i));
        }
        // ten quiet days later the strike is back in the news: still the same story (window 14 days)
        StoryAssignment back = clusterer.assign(strike("s2", MAY_4.plusDays(11), "Harbour Gazette", 2));
        assertEquals(strike, back.storyId());
        Story story = clusterer.story(strike);
        assertEquals(MAY_4, story.first());
        assertEquals(MAY_4.plusDays(11), story.last());
        assertEquals(List.of("s0", "s1", "s2"), story.memberIds());
        assertEquals(List.of("Harbour Gazette", "Coast Courier"), story.sources());
    }

    @Test
    void theTimeWindowSeparatesTwoSimilarEventsMonthsApart() {
        StoryClusterer clusterer = new StoryClusterer();
        String spring = clusterer.assign(strike("s0", MAY_4, "Harbour Gazette", 0)).storyId();
        clusterer.assign(strike("s1", MAY_4.plusDays(1), "Coast Courier", 1));
        // the same kind of news, same port and people, three months on: a new strike, so a new story
        StoryAssignment autumn = clusterer.assign(strike("s2", MAY_4.plusMonths(3), "Harbour Gazette", 2));
        assertTrue(autumn.isNew());
        assertNotEquals(spring, autumn.storyId());
        StoryAssignment next = clusterer.assign(strike("s3", MAY_4.plusMonths(3).plusDays(1), "Coast Courier", 3));
        assertEquals(autumn.storyId(), next.storyId());
    }

    @Test
    void undatedArticlesUseArrivalOrderAsTheirClock() {
        StorySettings settings = new StorySettings(StorySettings.DEFAULT.threshold(), 14, 3, 40, 150, 12, 1000,
                StorySettings.DEFAULT.weights());
        StoryClusterer clusterer = new StoryClusterer(settings);
        String first = clusterer.assign(strike("s0", null, null, 0)).storyId();
        assertEquals(first, clusterer.assign(strike("s1", null, null, 1)).storyId());
        for (int i = 0; i < 4; i++) {
            clusterer.assign(fire("f" + i, null, null, i));
        }
        // four arrivals since the strike story was last updated: beyond the window of three
        StoryAssignment late = clusterer.assign(strike("s2", null, null, 2));
        assertTrue(late.isNew());
        assertNull(clusterer.story(first).first());
    }

    @Test
    void theHeadlineIsTheTitleOfTheMostCentralMember() {
        StoryClusterer clusterer = new StoryClusterer();
        for (int i = 0; i < 4; i++) {
            clusterer.assign(strike("s" + i, MAY_4.plusDays(i), "Harbour Gazette", i));
        }
        Story story = clusterer.stories().get(0);
        List<String> titles = List.of("Dockers strike in Port Essling", "Essling harbour strike goes on",
                "Ships wait off Port Essling", "No deal in Essling dock strike");
        assertTrue(titles.contains(story.headline()), story.headline());
        assertEquals(4, story.size());
        assertTrue(story.active());
    }

    @Test
    void retiredStoriesLeaveTheIndexButStayListed() {
        // an arrival window of 200 keeps the test short: the grace of recently updated stories is no longer
        int arrivalWindow = 200;
        StoryClusterer clusterer = new StoryClusterer(new StorySettings(StorySettings.DEFAULT.threshold(), 14,
                arrivalWindow, 40, 150, 12, 20_000, StorySettings.DEFAULT.weights()));
        clusterer.assign(strike("s0", MAY_4, "Harbour Gazette", 0));
        clusterer.assign(strike("s1", MAY_4, "Coast Courier", 1));
        // a long run of later, unrelated one-article stories moves the clock past the strike's window, and past
        // the grace of recently updated stories
        for (int i = 0; i < arrivalWindow + StoryClusterer.RETIRE_EVERY; i++) {
            clusterer.assign(article("n" + i, MAY_4.plusDays(30), "Valley Post", "Note " + i,
                    "Item number " + i + " about topic" + i + " and subject" + i + " in place" + i + "."));
        }
        Story strike = clusterer.story("S1");
        assertFalse(strike.active());
        assertEquals(2, strike.size());
        assertTrue(clusterer.activeStories() < clusterer.storyCount());
    }

    @Test
    void anArchiveOutOfDateOrderKeepsAStoryWhoseArticlesAreStillArriving() {
        // an archive ingested topic by topic: a strike of 2026, then a burst of news of 2031 moves the latest date
        // five years on, then the strike's next report; its story was updated a few hundred arrivals ago
        StoryClusterer clusterer = new StoryClusterer();
        String strike = clusterer.assign(strike("s0", MAY_4, "Harbour Gazette", 0)).storyId();
        clusterer.assign(strike("s1", MAY_4, "Coast Courier", 1));
        for (int i = 0; i < StoryClusterer.RETIRE_EVERY; i++) {
            clusterer.assign(article("n" + i, MAY_4.plusYears(5), "Valley Post", "Note " + i,
                    "Item number " + i + " about topic" + i + " and subject" + i + " in place" + i + "."));
        }
        assertTrue(clusterer.story(strike).active(), "updated within the grace: still active");
        assertEquals(strike, clusterer.assign(strike("s2", MAY_4.plusDays(1), "Harbour Gazette", 2)).storyId());
    }

    @Test
    void aNearDuplicateJoinsTheGivenStoryAsAMemberAndMovesWithIt() {
        StoryClusterer clusterer = new StoryClusterer();
        String strike = clusterer.assign(strike("s0", MAY_4, "Harbour Gazette", 0)).storyId();
        String fire = clusterer.assign(fire("f0", MAY_4, "Valley Post", 0)).storyId();
        // a syndicated copy of the strike report in another outlet: placed without a search, counted as a member
        StoryAssignment copy = clusterer.join(strike("s0-copy", MAY_4, "Coast Courier", 0), strike);
        assertEquals(strike, copy.storyId());
        assertFalse(copy.isNew());
        Story story = clusterer.story(strike);
        assertEquals(List.of("s0", "s0-copy"), story.memberIds());
        assertEquals(List.of("Harbour Gazette", "Coast Courier"), story.sources());
        assertEquals(1, clusterer.story(fire).size());
        // a story that is not active (unknown here) cannot be joined: the article is placed by a search instead
        StoryAssignment searched = clusterer.join(fire("f1", MAY_4, "Coast Courier", 1), "S999");
        assertEquals(fire, searched.storyId());
        assertEquals(4, clusterer.arrivals());
    }

    @Test
    void aRestoredSnapshotMakesTheSameFurtherAssignments() throws IOException {
        List<StreamArticle> stream = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            stream.add(i % 3 == 0 ? fire("f" + i, MAY_4.plusDays(i), "Valley Post", i)
                    : strike("s" + i, MAY_4.plusDays(i), i % 2 == 0 ? "Harbour Gazette" : "Coast Courier", i));
        }
        StoryClusterer original = new StoryClusterer();
        for (int i = 0; i < 4; i++) {
            original.assign(stream.get(i));
        }
        original.drainChanges(); // pending changes are not part of a snapshot
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        StorySnapshots.write(original.snapshot(), saved);
        StoryClusterer restored = StoryClusterer.restore(
                StorySnapshots.read(new ByteArrayInputStream(saved.toByteArray())));
        assertEquals(original.stories(), restored.stories());
        for (int i = 4; i < stream.size(); i++) {
            assertEquals(original.assign(stream.get(i)), restored.assign(stream.get(i)), "article " + i);
            assertEquals(original.drainChanges(), restored.drainChanges(), "revisions after article " + i);
        }
        assertEquals(original.stories(), restored.stories());
        assertEquals(StorySnapshots.toJson(original.snapshot()), StorySnapshots.toJson(restored.snapshot()));
    }

    // a second harbour strike of the same kind, at another port: the hard case, same words, other names
    private static StreamArticle otherStrike(String id, LocalDate date, int variant) {
        String[] texts = {
            "Dockers at the port of Valmora stopped work over night shifts, and container ships queued outside the "
                + "Valmora harbour. Shop steward Ivo Brenner said the walkout would last until the rota was changed.",
            "The Valmora dock strike over night shifts kept container ships at anchor for a second day. Ivo "
                + "Brenner told the Valmora harbour board that dockers would not return under the new rota."};
        return article(id, date, "Coast Courier", "Valmora dockers strike", texts[variant % 2]);
    }

    @Test
    void revisionsAreReportedSoThatAStoreCanFollowThem() {
        StoryClusterer clusterer = new StoryClusterer();
        java.util.Map<String, String> storeField = new java.util.HashMap<>();
        List<String> dissolved = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            StreamArticle a = switch (i % 3) {
                case 0 -> strike("s" + i, null, "Harbour Gazette", i);
                case 1 -> otherStrike("v" + i, null, i);
                default -> fire("f" + i, null, "Valley Post", i);
            };
            storeField.put(a.id(), clusterer.assign(a).storyId());
            StoryChanges changes = clusterer.drainChanges();
            for (StoryChange move : changes.moves()) {
                assertEquals(storeField.get(move.articleId()), move.from(), "a move starts where the store is");
                storeField.put(move.articleId(), move.to());
            }
            dissolved.addAll(changes.dissolved());
        }
        java.util.Map<String, String> listed = new java.util.HashMap<>();
        for (Story s : clusterer.stories()) {
            assertFalse(dissolved.contains(s.id()), "a dissolved story is not listed");
            s.memberIds().forEach(m -> listed.put(m, s.id()));
        }
        assertEquals(listed, storeField);
        assertTrue(clusterer.drainChanges().isEmpty(), "drained changes are not reported twice");
        // the two strikes are told apart by their names, the fire is a story of its own
        assertNotEquals(storeField.get("s0"), storeField.get("v1"));
        assertNotEquals(storeField.get("s0"), storeField.get("f2"));
        assertEquals(storeField.get("s0"), storeField.get("s9"));
        assertEquals(storeField.get("v1"), storeField.get("v10"));
    }

    @Test
    void theSinglePassClustererNeverRevises() {
        StoryClusterer clusterer = StoryClusterer.singlePass(StorySettings.DEFAULT);
        assertFalse(clusterer.revising());
        for (int i = 0; i < 9; i++) {
            clusterer.assign(i % 2 == 0 ? strike("s" + i, null, "Harbour Gazette", i) : otherStrike("v" + i, null, i));
            assertTrue(clusterer.drainChanges().isEmpty());
        }
    }

    @Test
    void theSparseWindowPassGroupsLikeTheDensePass() {
        StreamFrequencies df = StreamFrequencies.empty();
        List<WindowArticle> articles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            StreamArticle a = switch (i % 3) {
                case 0 -> strike("s" + i, null, "Harbour Gazette", i);
                case 1 -> otherStrike("v" + i, null, i);
                default -> fire("f" + i, null, "Valley Post", i);
            };
            articles.add(new WindowArticle(a.id(), a.title(), a.outlet(), null, i, df.addAndWeigh(a.features(), 40),
                    "S1"));
        }
        var weights = StorySettings.DEFAULT.weights();
        int[] dense = new NeighbourhoodClustering(weights, 0.45, 0.11).cluster(articles, df).labels();
        int[] sparse = new WindowClustering(weights, 0.45, 0.11).cluster(articles, df);
        for (int i = 0; i < articles.size(); i++) {
            for (int j = 0; j < articles.size(); j++) {
                assertEquals(dense[i] == dense[j], sparse[i] == sparse[j], i + " and " + j);
            }
        }
        assertTrue(java.util.Arrays.stream(dense).distinct().count() >= 3, java.util.Arrays.toString(dense));
    }

    private static void assertNull(Object o) {
        org.junit.jupiter.api.Assertions.assertNull(o);
    }
}
