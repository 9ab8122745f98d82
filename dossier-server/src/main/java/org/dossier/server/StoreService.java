package org.dossier.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.dossier.store.SearchQuery;
import org.dossier.store.SearchResults;
import org.dossier.store.StoreReader;
import org.dossier.store.StoredArticle;
import org.dossier.store.StoredStory;
import org.dossier.store.StoryMembers;
import org.dossier.store.StoryOrder;

/**
 * What the API and the pages ask of the store, in one place, so that both show the same thing: a page of the
 * story listing, one story with its briefing, a search, one article.
 *
 * <p>Unknown ids become {@link ApiException#notFound}; store failures become {@link UncheckedIOException}, which
 * the server's error handler answers with a plain 500.
 */
final class StoreService {
    private final StoreView store;
    private final StoryBriefer briefer;
    /**
     * The full listing per order, for the reader it was computed on. A listing reads every article's story label
     * (linear in the store), while a reader never changes, so it is computed once per reader and order.
     */
    private final Map<StoryOrder, Listing> listings = new java.util.concurrent.ConcurrentHashMap<>();

    private record Listing(StoreReader reader, List<StoredStory> stories) {
    }

    StoreService(StoreView store, StoryBriefer briefer) {
        this.store = store;
        this.briefer = briefer;
    }

    /** One page of the story listing and how many stories there are in all. */
    record StoryPage(int total, List<StoredStory> stories) {
    }

    int articleCount() {
        return reader().size();
    }

    StoryPage stories(StoryOrder order, int offset, int limit) {
        try {
            List<StoredStory> all = listing(order);
            int from = Math.min(offset, all.size());
            int to = Math.min(all.size(), from + limit);
            return new StoryPage(all.size(), List.copyOf(all.subList(from, to)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    StoryBriefing story(String id) {
        StoryMembers members;
        try {
            members = reader().story(id).orElseThrow(() -> ApiException.notFound("no story with id " + id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return briefer.brief(members);
    }

    /** Every story in {@code order}, from the cache when the reader has not changed since it was computed. */
    private List<StoredStory> listing(StoryOrder order) throws IOException {
        StoreReader reader = reader();
        Listing cached = listings.get(order);
        if (cached != null && cached.reader() == reader) {
            return cached.stories();
        }
        // Computed in full anyway (it sorts every story), so callers slice pages from it at no extra cost.
        List<StoredStory> all = reader.stories(order, Integer.MAX_VALUE);
        listings.put(order, new Listing(reader, all));
        return all;
    }

    SearchResults search(SearchQuery query) {
        try {
            return reader().search(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The clusterer's headline per story id, to label search groups. */
    Map<String, String> headlines() {
        return reader().storyHeadlines();
    }

    StoredArticle article(String id) {
        try {
            return reader().article(id).orElseThrow(() -> ApiException.notFound("no article with id " + id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoreReader reader() {
        try {
            return store.reader();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
