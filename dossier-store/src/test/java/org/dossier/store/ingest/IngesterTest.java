package org.dossier.store.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.model.Article;
import org.dossier.model.Issue;
import org.dossier.store.ArticleStore;
import org.dossier.store.FictionalNews;
import org.dossier.store.StoreCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {
    @TempDir
    Path dir;

    private static List<Article> corpus(int n) {
        FictionalNews news = new FictionalNews(99);
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Article.builder("g" + i, news.body(3 + news.nextInt(4))).title("Story " + i)
                    .url("https://gazette.example/story/" + i).build());
        }
        // Two syndicated copies and one blank page.
        out.add(Article.builder("copy", "Advertisement\n\n" + out.get(3).text()).url("https://wire.example/x").build());
        out.add(Article.builder("copy2", out.get(7).text() + "\n\n" + news.paragraph()).url("https://wire.example/y")
                .build());
        out.add(Article.builder("blank", "   \n\n  ").build());
        return out;
    }

    @Test
    void countsEverythingAcknowledgesEveryStoredArticleAndASecondRunStoresNothing() throws IOException {
        List<Article> articles = corpus(120);
        Set<String> acknowledged = new HashSet<>();
        List<Issue> issues = new ArrayList<>();
        IngestListener listener = new IngestListener() {
            @Override
            public void acknowledged(List<String> ids) {
                acknowledged.addAll(ids);
            }

            @Override
            public void skipped(Issue issue) {
                issues.add(issue);
            }
        };
        try (ArticleStore store = ArticleStore.open(dir)) {
            IngestReport first = new Ingester(store).threads(2).commitEvery(25).listener(listener)
                    .ingest(List.of(ArticleSource.of("generated", articles)));
            assertEquals(123, first.read());
            assertEquals(122, first.stored());
            assertEquals(2, first.nearDuplicates());
            assertEquals(0, first.duplicates());
            assertEquals(1, first.skipped(), issues.toString());
            assertEquals(122, acknowledged.size(), "every stored article is acknowledged after its commit");
            assertEquals(122, store.size());

            IngestReport second = new Ingester(store).ingest(List.of(ArticleSource.of("again", articles)));
            assertEquals(122, second.duplicates());
            assertEquals(0, second.stored());
            assertTrue(first.summary().startsWith("read 123, stored 122 (2 near-duplicates linked), already stored 0,"),
                    first.summary());
        }
        assertTrue(StoreCheck.check(dir).clean());
    }

    @Test
    void oneThreadAndSeveralThreadsDecideAlike() throws IOException {
        List<Article> articles = corpus(60);
        IngestReport one;
        IngestReport two;
        try (ArticleStore store = ArticleStore.open(dir.resolve("one"))) {
            one = new Ingester(store).threads(1).ingest(List.of(ArticleSource.of("g", articles)));
        }
        try (ArticleStore store = ArticleStore.open(dir.resolve("two"))) {
            two = new Ingester(store).threads(3).commitEvery(7).ingest(List.of(ArticleSource.of("g", articles)));
        }
        assertEquals(List.of(one.read(), one.stored(), one.nearDuplicates(), one.skipped()),
                List.of(two.read(), two.stored(), two.nearDuplicates(), two.skipped()));
    }

    @Test
    void ingestsAFolderOfMixedFilesAndReportsWhatItSkipped() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Quay reopens\n\nThe east quay reopened on Monday after repairs.");
        Files.writeString(in.resolve("b.jsonl"), "{\"text\": \"The west quay stays closed until June.\"}\n{bad\n");
        Files.writeString(in.resolve("c.rss"), "<rss><channel><item><description>Ferry news.</description>"
                + "</item></channel></rss>");
        Files.writeString(in.resolve("d.pdf"), "%PDF");
        Sources.Expansion e = Sources.of(List.of(in.toString()));
        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            IngestReport r = new Ingester(store).ingest(e.sources(), e.skipped(), e.totalBytes());
            assertEquals(3, r.read());
            assertEquals(3, r.stored());
            assertEquals(2, r.skipped(), r.issues().toString());
        }
    }
}
