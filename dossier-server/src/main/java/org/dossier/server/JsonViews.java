package org.dossier.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.store.SearchHit;
import org.dossier.store.SearchQuery;
import org.dossier.store.SearchResults;
import org.dossier.store.StoredArticle;
import org.dossier.store.StoredStory;
import org.dossier.store.StoryGroup;

/**
 * The JSON documents of the API, built as Jackson trees.
 *
 * <p>Field names are camelCase like those of the briefing format, every field is always present (unknown values
 * are {@code null}) and dates are ISO days, so that clients see one fixed shape. The story endpoint embeds the
 * briefing exactly as {@link org.dossier.render.BriefingJson} writes it: there is one briefing format, not two.
 * Every document is described in {@code openapi.json}.
 */
final class JsonViews {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonViews() {
    }

    /** {@code {error, message}}: the body of every refusal. */
    static String error(String code, String message) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("error", code);
        o.put("message", message);
        return o.toString();
    }

    static String health(int articles) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("status", "ok");
        o.put("articles", articles);
        return o.toString();
    }

    static String storyList(String sort, int offset, int limit, int total, List<StoredStory> stories) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("sort", sort);
        o.put("offset", offset);
        o.put("limit", limit);
        o.put("total", total);
        ArrayNode list = o.putArray("stories");
        stories.forEach(s -> story(list.addObject(), s));
        return o.toString();
    }

    static String story(StoryBriefing b) {
        ObjectNode o = MAPPER.createObjectNode();
        story(o.putObject("story"), b.story());
        ArrayNode articles = o.putArray("articles");
        b.articles().forEach(a -> articleRef(articles.addObject(), a));
        ObjectNode briefed = o.putObject("briefed");
        ArrayNode ids = briefed.putArray("articleIds");
        b.briefed().forEach(a -> ids.add(a.id()));
        briefed.put("maxArticles", b.maxArticles());
        briefed.put("cappedOut", b.cappedOut());
        briefed.put("copiesLeftOut", b.copiesLeftOut());
        o.putRawValue("briefing", new RawValue(b.briefingJson().strip()));
        return o.toString();
    }

    static String search(SearchQuery query, SearchResults results, Map<String, String> headlines) {
        ObjectNode o = MAPPER.createObjectNode();
        ObjectNode q = o.putObject("query");
        q.put("q", query.text());
        q.put("from", iso(query.from()));
        q.put("to", iso(query.to()));
        q.put("source", query.source());
        q.put("limit", query.limit());
        o.put("matched", results.matched());
        ArrayNode groups = o.putArray("groups");
        for (StoryGroup g : results.groups()) {
            ObjectNode group = groups.addObject();
            group.put("story", g.story());
            group.put("headline", g.story() == null ? null : headlines.get(g.story()));
            ArrayNode hits = group.putArray("hits");
            for (SearchHit h : g.hits()) {
                ObjectNode hit = hits.addObject();
                articleRef(hit, h.article());
                hit.put("score", h.score());
                hit.put("snippet", h.snippet());
            }
        }
        return o.toString();
    }

    static String article(StoredArticle stored) {
        ObjectNode o = MAPPER.createObjectNode();
        articleRef(o, stored);
        Article a = stored.article();
        o.put("byline", a.byline());
        o.put("origin", a.origin());
        o.put("text", a.text());
        return o.toString();
    }

    private static void story(ObjectNode o, StoredStory s) {
        o.put("id", s.id());
        o.put("size", s.size());
        ArrayNode sources = o.putArray("sources");
        s.sources().forEach(sources::add);
        o.put("first", iso(s.first()));
        o.put("last", iso(s.last()));
        o.put("headline", s.headline());
    }

    /** {@code {id, story, duplicateOf, title, outlet, published, url}}: an article as lists show it. */
    private static void articleRef(ObjectNode o, StoredArticle stored) {
        Article a = stored.article();
        o.put("id", stored.id());
        o.put("story", stored.story());
        o.put("duplicateOf", stored.duplicateOf());
        o.put("title", a.title());
        o.put("outlet", a.outlet());
        o.put("published", iso(a.published()));
        o.put("url", a.url());
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
