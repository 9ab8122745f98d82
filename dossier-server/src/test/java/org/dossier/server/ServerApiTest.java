package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.dossier.render.BriefingJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API over the test store: shapes, parameters, refusals. */
class ServerApiTest {
    private static DossierServer server;
    private static HttpTestClient http;

    @BeforeAll
    static void start() throws Exception {
        server = DossierServer.builder(TestStore.dir()).port(0).maxArticles(2).build().start();
        http = new HttpTestClient(server);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void healthCountsTheArticles() throws Exception {
        HttpResponse<String> r = http.get("/api/health");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = HttpTestClient.json(r);
        assertEquals("ok", body.get("status").asText());
        assertTrue(body.get("articles").asInt() >= 10, r.body());
    }

    @Test
    void storyListSortsAndPages() throws Exception {
        JsonNode biggest = HttpTestClient.json(http.get("/api/stories?sort=biggest&limit=100"));
        assertEquals("biggest", biggest.get("sort").asText());
        List<Integer> sizes = new ArrayList<>();
        biggest.get("stories").forEach(s -> sizes.add(s.get("size").asInt()));
        assertTrue(sizes.size() >= 3);
        for (int i = 1; i < sizes.size(); i++) {
            assertTrue(sizes.get(i - 1) >= sizes.get(i), "biggest first: " + sizes);
        }
        JsonNode first = biggest.get("stories").get(0);
        for (String field : List.of("id", "size", "sources", "first", "last", "headline")) {
            assertTrue(first.has(field), "story field " + field);
        }
        int total = biggest.get("total").asInt();
        assertEquals(sizes.size(), total);

        JsonNode page = HttpTestClient.json(http.get("/api/stories?sort=biggest&limit=1&offset=1"));
        assertEquals(1, page.get("stories").size());
        assertEquals(biggest.get("stories").get(1).get("id"), page.get("stories").get(0).get("id"));
        JsonNode past = HttpTestClient.json(http.get("/api/stories?offset=1000"));
        assertEquals(0, past.get("stories").size());

        JsonNode newest = HttpTestClient.json(http.get("/api/stories"));
        String previous = "9999-12-31";
        for (JsonNode s : newest.get("stories")) {
            if (!s.get("last").isNull()) {
                assertTrue(s.get("last").asText().compareTo(previous) <= 0, "newest first");
                previous = s.get("last").asText();
            }
        }
    }

    @Test
    void storyCarriesTheBriefingInItsJsonFormatAndTheCap() throws Exception {
        String id = HttpTestClient.json(http.get("/api/stories?sort=biggest&limit=1"))
                .get("stories").get(0).get("id").asText();
        HttpResponse<String> r = http.get("/api/stories/" + id);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = HttpTestClient.json(r);
        assertEquals(id, body.get("story").get("id").asText());
        JsonNode briefing = body.get("briefing");
        assertEquals(BriefingJson.SCHEMA_VERSION, briefing.get("schemaVersion").asInt());
        // The embedded briefing is the renderer's format exactly: it reads back as a briefing.
        BriefingJson.read(briefing.toString());
        assertFalse(briefing.get("summary").isEmpty());
        JsonNode briefed = body.get("briefed");
        assertEquals(2, briefed.get("maxArticles").asInt());
        assertTrue(briefed.get("articleIds").size() <= 2);
        assertEquals(body.get("articles").size(),
                briefed.get("articleIds").size() + briefed.get("cappedOut").asInt()
                        + briefed.get("copiesLeftOut").asInt());
        assertEquals(briefed.get("articleIds").size(), briefing.get("sources").size());
        // Asked again, the story comes from the cache.
        int cached = server.cachedBriefings();
        assertEquals(r.body(), http.get("/api/stories/" + id).body());
        assertEquals(cached, server.cachedBriefings());
    }

    @Test
    void searchGroupsByStory() throws Exception {
        HttpResponse<String> r = http.get("/api/search?q=ferry%20crews&limit=5");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = HttpTestClient.json(r);
        assertEquals("ferry crews", body.get("query").get("q").asText());
        assertTrue(body.get("matched").asLong() >= 1);
        JsonNode group = body.get("groups").get(0);
        assertTrue(group.has("story") && group.has("headline"));
        JsonNode hit = group.get("hits").get(0);
        for (String field : List.of("id", "story", "title", "outlet", "published", "url", "score", "snippet")) {
            assertTrue(hit.has(field), "hit field " + field);
        }
        JsonNode none = HttpTestClient.json(http.get("/api/search?q=ferry&from=2025-01-01&to=2025-01-31"));
        assertEquals(0, none.get("groups").size());
    }

    @Test
    void articleById() throws Exception {
        JsonNode hit = HttpTestClient.json(http.get("/api/search?q=footbridge")).get("groups").get(0).get("hits").get(0);
        HttpResponse<String> r = http.get("/api/articles/" + hit.get("id").asText());
        assertEquals(200, r.statusCode());
        JsonNode article = HttpTestClient.json(r);
        assertEquals(hit.get("id"), article.get("id"));
        assertFalse(article.get("text").asText().isBlank());
    }

    @Test
    void badParametersAre400WithAJsonError() throws Exception {
        for (String path : List.of("/api/stories?sort=oldest", "/api/stories?limit=0", "/api/stories?limit=x",
                "/api/stories?offset=-1", "/api/search", "/api/search?q=a&from=yesterday",
                "/api/search?q=a&from=2025-02-01&to=2025-01-01", "/api/search?q=a&limit=1000",
                "/api/search?q=" + "a".repeat(600))) {
            HttpResponse<String> r = http.get(path);
            assertEquals(400, r.statusCode(), path);
            JsonNode body = HttpTestClient.json(r);
            assertEquals("bad_request", body.get("error").asText(), path);
            assertFalse(body.get("message").asText().isBlank(), path);
        }
    }

    @Test
    void unknownIdsAndPathsAre404() throws Exception {
        for (String path : List.of("/api/stories/S99999", "/api/articles/0000000000000000", "/api/nothing",
                "/api/stories/%3Cscript%3E")) {
            HttpResponse<String> r = http.get(path);
            assertEquals(404, r.statusCode(), path);
            assertEquals("not_found", HttpTestClient.json(r).get("error").asText(), path);
        }
        assertEquals(404, http.get("/stories/S99999").statusCode());
    }

    @Test
    void onlyGetAndHead() throws Exception {
        assertEquals(200, http.send("HEAD", "/api/health").statusCode());
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            HttpResponse<String> r = http.send(method, "/api/stories");
            assertEquals(405, r.statusCode(), method);
            assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElse(""), method);
            assertEquals("method_not_allowed", HttpTestClient.json(r).get("error").asText());
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/api/health", "/api/stories/S99999", "/static/app.css")) {
            HttpResponse<String> r = http.get(path);
            assertEquals(HttpGuards.CONTENT_SECURITY_POLICY,
                    r.headers().firstValue("Content-Security-Policy").orElse(""), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), path);
            assertFalse(r.headers().firstValue("Server").isPresent(), "no server name/version: " + path);
        }
    }
}
