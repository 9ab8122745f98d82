package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.store.ingest.ArticleSource;
import org.dossier.store.ingest.Ingester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stories assigned while storing, listed from the store, and kept consistent across crashes. */
class StoryTrackerTest {
    @TempDir
    Path dir;

    /** Three batches of invented coverage: events 0-1, then 2-3 plus more on event 1, then 4 plus more on 0. */
    private static List<List<Article>> batches() {
        FictionalStories gen = new FictionalStories(7);
        LocalDate day = LocalDate.of(2026, 4, 1);
        List<FictionalStories.Event> events = new ArrayList<>();
        for (int e = 0; e < 5; e++) {
            events.add(gen.event(e, day.plusDays(e)));
        }
        List<Article> a = new ArrayList<>();
        List<Article> b = new ArrayList<>();
        List<Article> c = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            a.add(gen.article(events.get(0), n));
            a.add(gen.article(events.get(1), n));
            b.add(gen.article(events.get(2), n));
            b.add(gen.article(events.get(3), n));
            c.add(gen.article(events.get(4), n));
        }
        b.add(gen.article(events.get(1), 4));
        c.add(gen.article(events.get(0), 4));
        return List.of(a, b, c);
    }

    /** Story label of every stored article, by input id. */
    private static Map<String, String> labels(ArticleStore store) throws IOException {
        Map<String, String> out = new HashMap<>();
        store.forEach(a -> out.put(a.article().id(), a.story()));
        return out;
    }

    private static void ingest(ArticleStore store, List<Article> batch) throws IOException {
        new Ingester(store).threads(2).ingest(List.of(ArticleSource.of("batch", batch)));
    }

    @Test
    void ingestAssignsOneStoryPerEventAndCopiesJoinTheirOriginal() throws IOException {
        List<Article> batch = new ArrayList<>(batches().get(0));
        Article original = batch.get(0);
        // A syndicated copy: the same body under another URL and outlet, with some page furniture.
        batch.add(Article.builder("copy", original.text() + " Share this article.").title(original.title())
                .outlet("Reprint Daily").published(original.published()).url("https://reprint.example/x").build());
        try (ArticleStore store = ArticleStore.open(dir)) {
            StoryTracker tracker = StoryTracker.attach(store);
            assertEquals("no snapshot", tracker.recovery().reason());
            ingest(store, batch);
            Map<String, String> labels = labels(store);
            assertEquals(Set.of(labels.get("e0-0")), new HashSet<>(List.of(labels.get("e0-1"), labels.get("e0-2"),
                    labels.get("e0-3"), labels.get("copy"))));
            assertEquals(Set.of(labels.get("e1-0")), new HashSet<>(List.of(labels.get("e1-1"), labels.get("e1-2"),
                    labels.get("e1-3"))));
            assertFalse(labels.get("e0-0").equals(labels.get("e1-0")));
            // The copy joined its original's story without a search, as a member: the clusterer counts it too.
            assertEquals(9, tracker.clustererStories().stream().mapToInt(s -> s.size()).sum());
            assertTrue(tracker.clustererStories().stream().anyMatch(s -> s.sources().contains("Reprint Daily")));

            List<StoredStory> biggest = store.stories(StoryOrder.BIGGEST, 10);
            assertEquals(2, biggest.size());
            StoredStory top = biggest.get(0);
            assertEquals(labels.get("e0-0"), top.id());
            assertEquals(5, top.size());
            assertTrue(top.sources().contains("Reprint Daily"), top.sources().toString());
            assertEquals(LocalDate.of(2026, 4, 1), top.first());
            assertEquals(LocalDate.of(2026, 4, 3), top.last());
            assertNotNull(top.headline());
            assertTrue(top.headline().endsWith(batch.get(0).title().substring(batch.get(0).title().indexOf(" in "))),
                    top.headline());

            StoryMembers members = store.story(top.id()).orElseThrow();
            assertEquals(List.of("e0-0", "e0-1", "e0-2", "e0-3", "copy"),
                    members.articles().stream().map(a -> a.article().id()).toList(), "arrival order");
            assertTrue(store.story("S999").isEmpty());
            // Newest first: event 1 started a day later.
            assertEquals(labels.get("e1-0"), store.stories(StoryOrder.NEWEST, 1).get(0).id());
        }
        try (StoreReader reader = StoreReader.open(dir)) {
            assertEquals(2, reader.stories(StoryOrder.NEWEST, 5).size());
            assertEquals(5, reader.story(labels(dir).get("e0-0")).orElseThrow().articles().size());
            assertEquals(2, reader.storyHeadlines().size());
        }
    }

    private Map<String, String> labels(Path storeDir) throws IOException {
        try (ArticleStore store = ArticleStore.open(storeDir)) {
            return labels(store);
        }
    }

    @TempDir
    static Path shared;
    private static Map<String, String> reference;

    /** The labels an uninterrupted run gives, one commit per batch (computed once for all tests). */
    private static synchronized Map<String, String> reference() throws IOException {
        if (reference == null) {
            try (ArticleStore store = ArticleStore.open(referenceDir())) {
                StoryTracker.attach(store);
                for (List<Article> batch : batches()) {
                    ingest(store, batch);
                }
                reference = labels(store);
            }
        }
        return reference;
    }

    private static Path referenceDir() {
        return shared.resolve("reference");
    }

    @Test
    void aCrashBetweenTheCommitAndTheSnapshotIsRepairedByReplayingTheLateArticles() throws IOException {
        Map<String, String> expected = reference();
        assertEquals(5, new HashSet<>(expected.values()).size(), expected.toString());
        Path store = dir.resolve("crashed");
        Path afterFirst = dir.resolve("after-first-batch.json");
        try (ArticleStore s = ArticleStore.open(store)) {
            StoryTracker tracker = StoryTracker.attach(s);
            ingest(s, batches().get(0));
            tracker.flush(); // snapshots are written at most every 30 s: have this one written now
            Files.copy(store.resolve(StoryTracker.FILE), afterFirst);
            ingest(s, batches().get(1));
        }
        // Simulate dying after the second batch's Lucene commit, before its snapshot was renamed into place: the
        // snapshot on disk is the first batch's, and a half-written temporary file lies next to it.
        Files.copy(afterFirst, store.resolve(StoryTracker.FILE), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(store.resolve(StoryTracker.TEMP), "{\"format\":1,\"gener");
        try (ArticleStore s = ArticleStore.open(store)) {
            StoryTracker tracker = StoryTracker.attach(s);
            assertEquals(new StoryTracker.Recovery(true, null, batches().get(1).size(), 0), tracker.recovery());
            assertFalse(Files.exists(store.resolve(StoryTracker.TEMP)));
            ingest(s, batches().get(2));
            assertEquals(expected, labels(s), "same ids for old articles, same decisions for new ones");
        }
        // Reopened cleanly: the snapshot is current, nothing to replay.
        try (ArticleStore s = ArticleStore.open(store)) {
            assertEquals(new StoryTracker.Recovery(true, null, 0, 0), StoryTracker.attach(s).recovery());
        }
    }

    @Test
    void withoutAUsableSnapshotTheStoriesAreRebuiltWithTheSameIds() throws IOException {
        Map<String, String> expected = reference();
        Path store = dir.resolve("lost");
        try (ArticleStore s = ArticleStore.open(store)) {
            StoryTracker.attach(s);
            ingest(s, batches().get(0));
            ingest(s, batches().get(1));
        }
        Files.delete(store.resolve(StoryTracker.FILE));
        try (ArticleStore s = ArticleStore.open(store)) {
            StoryTracker tracker = StoryTracker.attach(s);
            assertEquals(new StoryTracker.Recovery(false, "no snapshot", 17, 0), tracker.recovery());
            ingest(s, batches().get(2));
            assertEquals(expected, labels(s));
        }
    }

    @Test
    void aSnapshotThatKnowsMoreThanTheIndexIsNotTrusted() throws IOException {
        Map<String, String> expected = reference();
        Path store = dir.resolve("small");
        try (ArticleStore s = ArticleStore.open(store)) {
            StoryTracker.attach(s);
            ingest(s, batches().get(0));
        }
        // e.g. a store folder restored from an older backup next to a newer snapshot
        Files.copy(referenceDir().resolve(StoryTracker.FILE), store.resolve(StoryTracker.FILE),
                StandardCopyOption.REPLACE_EXISTING);
        try (ArticleStore s = ArticleStore.open(store)) {
            StoryTracker.Recovery r = StoryTracker.attach(s).recovery();
            assertEquals(new StoryTracker.Recovery(false, "snapshot is newer than the index", 8, 0), r);
            ingest(s, batches().get(1));
            ingest(s, batches().get(2));
            assertEquals(expected, labels(s));
        }
    }

    @Test
    void aStoreFilledWithoutTrackerGetsItsStoriesOnFirstAttach() throws IOException {
        Map<String, String> expected = reference();
        Path store = dir.resolve("late");
        try (ArticleStore s = ArticleStore.open(store)) {
            for (List<Article> batch : batches()) {
                ingest(s, batch);
            }
            assertTrue(labels(s).values().stream().allMatch(v -> v == null));
        }
        try (ArticleStore s = ArticleStore.open(store)) {
            StoryTracker.Recovery r = StoryTracker.attach(s).recovery();
            assertEquals(new StoryTracker.Recovery(false, "no snapshot", 22, 22), r);
            assertEquals(expected, labels(s));
        }
    }
}
