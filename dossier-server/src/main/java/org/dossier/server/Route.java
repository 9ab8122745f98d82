package org.dossier.server;

import io.javalin.http.Handler;
import java.util.Objects;

/**
 * One GET route of the server. The server registers its routes only from its list of these, which is what lets a
 * test check that the OpenAPI file documents exactly the API routes the server answers.
 *
 * @param path    the path in Javalin's syntax, which is also OpenAPI's: {@code /api/stories/{id}}
 * @param handler what answers it (HEAD is answered by the same handler, without the body)
 */
record Route(String path, Handler handler) {
    Route {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
    }

    /** True for the JSON API's routes, which answer errors as JSON rather than as a page. */
    boolean api() {
        return isApi(path);
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
