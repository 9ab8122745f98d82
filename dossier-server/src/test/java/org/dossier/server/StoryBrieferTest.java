package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.model.Article;
import org.dossier.model.Briefing;
import org.dossier.store.StoredArticle;
import org.dossier.store.StoredStory;
import org.dossier.store.StoryMembers;
import org.junit.jupiter.api.Test;

/** Which articles a story page briefs, and the cache in front of the briefing. */
class StoryBrieferTest {

    private static StoredArticle stored(String id, LocalDate date, String duplicateOf) {
        return new StoredArticle(id, Article.builder("in-" + id, "Text of " + id + ".").published(date).build(),
                "h" + id, duplicateOf, "S1");
    }

    private static StoryMembers members(StoredArticle... articles) {
        return new StoryMembers(new StoredStory("S1", articles.length, List.of(), null, null, "Story", 9),
                List.of(articles));
    }

    @Test
    void newestArticlesAreBriefedOldestFirstAndCopiesLeftOut() {
        AtomicInteger briefings = new AtomicInteger();
        StoryBriefer briefer = new StoryBriefer(articles -> {
            briefings.incrementAndGet();
            return new Briefing("h", List.of(), List.of(), List.of(), null, 100);
        }, 2, 4);
        StoredArticle old = stored("a", LocalDate.of(2026, 1, 1), null);
        StoredArticle undated = stored("b", null, null);
        StoredArticle mid = stored("c", LocalDate.of(2026, 1, 5), null);
        StoredArticle copy = stored("d", LocalDate.of(2026, 1, 9), "c");
        StoredArticle newest = stored("e", LocalDate.of(2026, 1, 7), null);
        StoryMembers story = members(old, undated, mid, copy, newest);

        assertEquals(List.of(mid, newest), briefer.choose(story.articles()));
        StoryBriefing first = briefer.brief(story);
        assertEquals(1, first.copiesLeftOut());
        assertEquals(2, first.cappedOut());
        assertEquals(List.of(mid, newest), first.briefed());

        assertSame(first, briefer.brief(story), "the same selection comes from the cache");
        assertEquals(1, briefings.get());
        StoryBriefing grown = briefer.brief(members(old, undated, mid, copy, newest,
                stored("f", LocalDate.of(2026, 1, 8), null)));
        assertEquals(2, briefings.get(), "a story that gained a newer article is briefed again");
        assertEquals("f", grown.briefed().get(1).id());
    }

    @Test
    void theCacheIsBounded() {
        BriefingCache cache = new BriefingCache(2);
        for (int i = 0; i < 5; i++) {
            String id = "S" + i;
            cache.get(new BriefingCache.Key(id, "v"), () -> null);
        }
        assertTrue(cache.size() <= 2, "holds at most its capacity: " + cache.size());
    }
}
