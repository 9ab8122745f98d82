package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStoreTest {
    @TempDir
    Path dir;

    private final FictionalNews news = new FictionalNews(42);

    private Article article(String id, String url, String text) {
        return Article.builder(id, text).title("Title of " + id).outlet("Harbour Gazette").url(url)
                .published(LocalDate.of(2026, 3, 4)).origin(id + ".txt").build();
    }

    @Test
    void theSameArticleTwiceIsStoredOnceWithinABatchAcrossCommitsAndAcrossReopening() throws IOException {
        String body = news.body(5);
        try (ArticleStore store = ArticleStore.open(dir)) {
            PutResult first = store.put(article("a", "https://www.example.com/news/ferry?utm_source=x", body));
            assertEquals(PutResult.Outcome.STORED, first.outcome());
            PutResult sameBatch = store.put(article("a2", "http://example.com/news/ferry/", body + " Updated."));
            assertEquals(PutResult.Outcome.ALREADY_STORED, sameBatch.outcome());
            assertEquals(first.id(), sameBatch.id());
            assertEquals(List.of(first.id()), store.commit());
            assertEquals(PutResult.Outcome.ALREADY_STORED,
                    store.put(article("a3", "https://example.com/news/ferry#comments", body)).outcome());
            assertEquals(List.of(), store.commit(), "nothing new to acknowledge");
        }
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertEquals(1, store.size());
            assertEquals(PutResult.Outcome.ALREADY_STORED,
                    store.put(article("a4", "https://example.com/news/ferry", news.body(3))).outcome());
            // Without a URL the text is the key: the same text twice is one article.
            String other = news.body(4);
            assertEquals(PutResult.Outcome.STORED, store.put(article("b", null, other)).outcome());
            assertEquals(PutResult.Outcome.ALREADY_STORED, store.put(article("b2", null, other + "\n")).outcome());
            store.commit();
            assertEquals(2, store.size());
        }
    }

    @Test
    void nearDuplicatesAreStoredAndLinkedToTheFirstOfTheirFamily() throws IOException {
        String body = news.body(6);
        try (ArticleStore store = ArticleStore.open(dir)) {
            PutResult original = store.put(article("orig", "https://gazette.example/a", body));
            PutResult sameBatchCopy = store.put(article("copy1", "https://wire.example/b", "Advertisement\n\n" + body));
            store.commit();
            PutResult laterUpdate = store.put(article("upd", "https://gazette.example/a-updated",
                    body + "\n\n" + news.paragraph()));
            PutResult stranger = store.put(article("other", "https://gazette.example/c", news.body(6)));
            store.commit();

            assertEquals(PutResult.Outcome.NEAR_DUPLICATE, sameBatchCopy.outcome());
            assertEquals(original.id(), sameBatchCopy.duplicateOf());
            assertEquals(PutResult.Outcome.NEAR_DUPLICATE, laterUpdate.outcome());
            assertEquals(original.id(), laterUpdate.duplicateOf());
            assertEquals(PutResult.Outcome.STORED, stranger.outcome());
            assertEquals(4, store.size(), "near-duplicates are linked, not dropped");
            assertEquals(original.id(), store.get(laterUpdate.id()).orElseThrow().duplicateOf());
            assertNull(store.get(original.id()).orElseThrow().duplicateOf());
        }
    }

    @Test
    void storedFieldsComeBackAsTheyWentIn() throws IOException {
        Article in = Article.builder("gazette-1", "First paragraph here.\n\nSecond paragraph here.")
                .title("Ferry fares rise").outlet("Harbour Gazette").byline("Maria Ortega")
                .published(LocalDate.of(2026, 1, 2)).url("https://gazette.example/fares").origin("in/gazette.txt")
                .build();
        try (ArticleStore store = ArticleStore.open(dir)) {
            String id = store.put(in).id();
            store.commit();
            StoredArticle out = store.get(id).orElseThrow();
            assertEquals(in, out.article());
            assertEquals(ArticleKeys.contentHash(in.text()), out.contentHash());
            assertEquals(id, ArticleKeys.idFor("url:gazette.example/fares"));
        }
    }

    @Test
    void storiesComeFromTheAssignerAndCanBeChangedLater() throws IOException {
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.storyAssigner(a -> a.article().title().contains("ferry") ? "ferry-story" : null);
            String ferry = store.put(Article.builder("f", news.body(3)).title("A ferry story").build()).id();
            String other = store.put(Article.builder("o", news.body(3)).title("Something else").build()).id();
            store.commit();
            assertEquals("ferry-story", store.get(ferry).orElseThrow().story());
            assertNull(store.get(other).orElseThrow().story());
            store.assignStory(other, "ferry-story");
            store.assignStory(ferry, null);
            store.commit();
        }
        try (ArticleStore store = ArticleStore.open(dir)) {
            List<StoredArticle> all = new ArrayList<>();
            store.forEach(all::add);
            assertEquals(2, all.size());
            assertEquals("ferry-story", all.stream().filter(a -> a.article().id().equals("o")).findFirst()
                    .orElseThrow().story());
            assertNull(all.stream().filter(a -> a.article().id().equals("f")).findFirst().orElseThrow().story());
        }
    }

    @Test
    void closingCommitsWhatIsPending() throws IOException {
        String id;
        try (ArticleStore store = ArticleStore.open(dir)) {
            id = store.put(article("x", null, news.body(2))).id();
        }
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertTrue(store.get(id).isPresent());
        }
    }
}
