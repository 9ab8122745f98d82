package org.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dossier.model.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BM25 ranking, filters, grouping and snippets, on a handful of invented articles. */
class StoreSearchTest {
    @TempDir
    Path dir;

    private ArticleStore store;

    @BeforeEach
    void fill() throws IOException {
        store = ArticleStore.open(dir);
        store.storyAssigner(a -> a.article().id().startsWith("strike") ? "dock-strike" : null);
        put("strike-1", "Dock workers strike in Port Alder", "Harbour Gazette", "2026-03-02", "https://gazette.example/1",
                "Dock workers in Port Alder walked out on Monday. The strike closed the container terminal, "
                + "and the union said the strike would last until wages were reviewed.");
        put("strike-2", "Port Alder terminal shut", "Coastal Times", "2026-03-03", "https://coastal.example/2",
                "The container terminal stayed shut for a second day as the dock strike continued.");
        put("ferry", "Ferry timetable changes", "Harbour Gazette", "2026-02-10", "https://gazette.example/3",
                "The island ferry will sail twice a day from April. Fares for residents stay the same.");
        put("ferry-copy", "Ferry timetable changes", "Island Wire", "2026-02-11", "https://wire.example/4",
                "Advertisement\n\nThe island ferry will sail twice a day from April. Fares for residents stay the same.");
        put("library", "Library reopens", "Coastal Times", "2026-03-05", null,
                "The town library reopened after repairs to its roof. Volunteers moved the archive back in.");
        store.commit();
    }

    @org.junit.jupiter.api.AfterEach
    void close() throws IOException {
        store.close();
    }

    private void put(String id, String title, String outlet, String date, String url, String text) throws IOException {
        store.put(Article.builder(id, text).title(title).outlet(outlet).published(LocalDate.parse(date)).url(url)
                .build());
    }

    @Test
    void ranksByBm25AndGroupsByStory() throws IOException {
        SearchResults r = store.search(SearchQuery.of("strike"));
        assertEquals(2, r.matched());
        assertEquals(1, r.groups().size(), "both strike articles are one story");
        StoryGroup group = r.groups().get(0);
        assertEquals("dock-strike", group.story());
        // Twice in the text and once in the title beats one mention in a shorter text.
        assertEquals("strike-1", group.hits().get(0).article().article().id());
        assertTrue(group.hits().get(0).score() > group.hits().get(1).score());
        assertTrue(group.hits().get(0).snippet().contains("[strike]"), group.hits().get(0).snippet());
    }

    @Test
    void englishAnalysisMatchesOtherFormsOfAWord() throws IOException {
        SearchResults r = store.search(SearchQuery.of("reopening repairs"));
        assertEquals("library", r.groups().get(0).hits().get(0).article().article().id());
    }

    @Test
    void nearDuplicatesShareAGroupWithTheirOriginal() throws IOException {
        SearchResults r = store.search(SearchQuery.of("ferry fares"));
        assertEquals(1, r.groups().size());
        assertEquals(2, r.groups().get(0).hits().size());
    }

    @Test
    void filtersByDateRangeAndSource() throws IOException {
        SearchResults march = store.search(new SearchQuery("the", null, null, null, 10));
        assertEquals(0, march.matched(), "stop words alone match nothing");
        SearchResults fromMarch = store.search(new SearchQuery("terminal | ferry | library",
                LocalDate.of(2026, 3, 1), null, null, 10));
        assertEquals(3, fromMarch.matched());
        SearchResults toFeb = store.search(new SearchQuery("terminal | ferry | library",
                null, LocalDate.of(2026, 2, 10), null, 10));
        assertEquals(List.of("ferry"), ids(toFeb));
        SearchResults coastal = store.search(new SearchQuery("terminal | ferry | library", null, null, "coastal times",
                10));
        assertEquals(2, coastal.matched());
        SearchResults byHost = store.search(new SearchQuery("ferry", null, null, "www.wire.example", 10));
        assertEquals(List.of("ferry-copy"), ids(byHost));
    }

    @Test
    void limitCountsGroupsAndOddQueryTextIsTakenLiterally() throws IOException {
        SearchResults r = store.search(new SearchQuery("terminal | ferry | library", null, null, null, 2));
        assertEquals(2, r.groups().size());
        assertEquals(0, store.search(SearchQuery.of("\"unclosed (quote ]")).matched());
        assertEquals(2, store.search(SearchQuery.of("strike terminal")).matched(), "all words are required");
        assertEquals(1, store.search(SearchQuery.of("\"island ferry\" -advertisement")).matched());
    }

    private static List<String> ids(SearchResults r) {
        return r.groups().stream().flatMap(g -> g.hits().stream()).map(h -> h.article().article().id()).toList();
    }
}
