package org.dossier.server;

import io.javalin.http.Context;
import java.util.List;
import org.dossier.store.SearchQuery;
import org.dossier.store.StoryOrder;

/** The web pages, rendered on the server from the same {@link StoreService} calls as the API. */
final class PageHandlers {
    static final String HTML = "text/html; charset=utf-8";

    private final StoreService service;
    private final StaticAssets assets;

    PageHandlers(StoreService service, StaticAssets assets) {
        this.service = service;
        this.assets = assets;
    }

    List<Route> routes() {
        return List.of(
                new Route("/", this::storyList),
                new Route("/stories/{id}", this::story),
                new Route("/search", this::search),
                new Route("/articles/{id}", this::article),
                new Route("/static/{name}", ctx -> assets.serve(ctx, ctx.pathParam("name"))));
    }

    private void storyList(Context ctx) {
        StoryOrder order = ApiHandlers.order(ctx);
        int limit = Params.integer(ctx, "limit", 25, 1, ApiHandlers.MAX_STORIES);
        int offset = Params.integer(ctx, "offset", 0, 0, ApiHandlers.MAX_OFFSET);
        html(ctx, StoryListPage.render(order, offset, limit, service.stories(order, offset, limit)));
    }

    private void story(Context ctx) {
        html(ctx, StoryPageView.render(service.story(Params.id(ctx, "id", "story"))));
    }

    private void search(Context ctx) {
        if (Params.text(ctx, "q") == null) {
            html(ctx, SearchPageView.empty());
            return;
        }
        SearchQuery query = ApiHandlers.query(ctx, 20);
        html(ctx, SearchPageView.render(query.text(), service.search(query), service.headlines()));
    }

    private void article(Context ctx) {
        html(ctx, ArticlePageView.render(service.article(Params.id(ctx, "id", "article"))));
    }

    private static void html(Context ctx, String body) {
        ctx.contentType(HTML);
        ctx.result(body);
    }
}
