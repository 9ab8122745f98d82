package org.dossier.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The server's own files: the style sheet, the script, the OpenAPI description.
 *
 * <p>They are looked up in a fixed table by exact name, never by turning a request path into a file or resource
 * path, so no request can reach anything else: {@code ../}, {@code %2e%2e}, {@code %2f} and absolute paths simply
 * name nothing in the table and get a 404. The bytes are read once, at start-up.
 */
final class StaticAssets {
    /** Where the files live on the classpath. */
    static final String BASE = "/org/dossier/server/static/";

    private record Asset(byte[] bytes, String contentType) {
    }

    private final Map<String, Asset> assets;

    StaticAssets() {
        assets = Map.of(
                "app.css", load("app.css", "text/css; charset=utf-8"),
                "app.js", load("app.js", "text/javascript; charset=utf-8"),
                "openapi.json", load("openapi.json", "application/json; charset=utf-8"));
    }

    /** Answers with the named asset, or a 404 when there is no asset of that exact name. */
    void serve(Context ctx, String name) {
        Asset asset = assets.get(name);
        if (asset == null) {
            throw ApiException.notFound("no such file");
        }
        ctx.contentType(asset.contentType());
        ctx.header("Cache-Control", "no-cache");
        ctx.result(asset.bytes());
    }

    /** The OpenAPI description as text (for tests and for the docs). */
    String openApi() {
        return new String(assets.get("openapi.json").bytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Asset load(String name, String contentType) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + BASE + name);
            }
            return new Asset(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
