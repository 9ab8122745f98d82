package org.dossier.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dossier.store.SearchQuery;
import org.dossier.store.SearchResults;
import org.dossier.store.StoryOrder;

/** The JSON API: every handler reads and checks its parameters, asks the {@link StoreService}, writes JSON. */
final class ApiHandlers {
    static final String JSON = "application/json; charset=utf-8";
    static final int MAX_STORIES = 100;
    static final int MAX_SEARCH_GROUPS = 50;
    static final int MAX_OFFSET = 1_000_000;

    private final StoreService service;
    private final StaticAssets assets;

    ApiHandlers(StoreService service, StaticAssets assets) {
        this.service = service;
        this.assets = assets;
    }

    /** The API's routes, all under {@code /api/}; each must appear in {@code openapi.json}. */
    List<Route> routes() {
        return List.of(
                new Route("/api/health", this::health),
                new Route("/api/stories", this::stories),
                new Route("/api/stories/{id}", this::story),
                new Route("/api/search", this::search),
                new Route("/api/articles/{id}", this::article),
                new Route("/api/openapi.json", ctx -> assets.serve(ctx, "openapi.json")));
    }

    private void health(Context ctx) {
        json(ctx, JsonViews.health(service.articleCount()));
    }

    private void stories(Context ctx) {
        StoryOrder order = order(ctx);
        int limit = Params.integer(ctx, "limit", 20, 1, MAX_STORIES);
        int offset = Params.integer(ctx, "offset", 0, 0, MAX_OFFSET);
        StoreService.StoryPage page = service.stories(order, offset, limit);
        json(ctx, JsonViews.storyList(order.name().toLowerCase(Locale.ROOT), offset, limit, page.total(),
                page.stories()));
    }

    /** {@code sort=newest|biggest}, newest when absent. */
    static StoryOrder order(Context ctx) {
        String sort = ctx.queryParam("sort");
        if (sort == null || sort.isBlank()) {
            return StoryOrder.NEWEST;
        }
        try {
            return StoryOrder.parse(sort);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("sort must be newest or biggest, got '" + Params.shorten(sort) + "'");
        }
    }

    private void story(Context ctx) {
        json(ctx, JsonViews.story(service.story(Params.id(ctx, "id", "story"))));
    }

    private void search(Context ctx) {
        SearchQuery query = query(ctx, SearchQuery.DEFAULT_LIMIT);
        SearchResults results = service.search(query);
        json(ctx, JsonViews.search(query, results, service.headlines()));
    }

    /** The search parameters {@code q} (required), {@code from}, {@code to}, {@code source}, {@code limit}. */
    static SearchQuery query(Context ctx, int defaultLimit) {
        String q = Params.text(ctx, "q");
        if (q == null) {
            throw ApiException.badRequest("q is required: the words to search for");
        }
        LocalDate from = Params.date(ctx, "from");
        LocalDate to = Params.date(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("from (" + from + ") is after to (" + to + ")");
        }
        int limit = Params.integer(ctx, "limit", defaultLimit, 1, MAX_SEARCH_GROUPS);
        return new SearchQuery(q, from, to, Params.text(ctx, "source"), limit);
    }

    private void article(Context ctx) {
        json(ctx, JsonViews.article(service.article(Params.id(ctx, "id", "article"))));
    }

    private static void json(Context ctx, String body) {
        ctx.contentType(JSON);
        ctx.result(body);
    }
}
