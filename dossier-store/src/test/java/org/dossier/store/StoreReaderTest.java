package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dossier.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-only view: an article by store id, and knowing when a newer commit exists. */
class StoreReaderTest {
    @TempDir
    Path dir;

    private static Article article(String id, String title, String text) {
        return Article.builder(id, text).title(title).outlet("Valley Post").published(LocalDate.of(2026, 2, 3))
                .url("https://valley.example/" + id).build();
    }

    @Test
    void articleByIdAndCurrency() throws IOException {
        String first;
        try (ArticleStore store = ArticleStore.open(dir)) {
            first = store.put(article("a", "Mill reopens", "The old mill on the Tarn reopened on Monday as a "
                    + "museum of river trades, the town council said.")).id();
            store.commit();
        }
        try (StoreReader reader = StoreReader.open(dir)) {
            StoredArticle found = reader.article(first).orElseThrow();
            assertEquals("Mill reopens", found.article().title());
            assertEquals(first, found.id());
            assertTrue(reader.article("0000000000000000").isEmpty());
            assertTrue(reader.isCurrent());
            try (ArticleStore store = ArticleStore.open(dir)) {
                store.put(article("b", "Ferry fares frozen", "Ferry fares across the Tarn estuary will stay at "
                        + "their current level until the autumn, the operator said on Tuesday."));
                store.commit();
            }
            assertFalse(reader.isCurrent(), "a commit after opening makes the reader stale");
            assertEquals(1, reader.size(), "but it keeps its point-in-time view");
        }
    }
}
