package org.dossier.server;

import io.javalin.http.Context;
import java.util.Set;

/**
 * What every request goes through before its handler, and every response carries.
 *
 * <ul>
 *   <li>Security headers: a Content-Security-Policy that allows scripts, styles and images only from this server
 *       (so no inline script, injected or not, can run), {@code nosniff} so a browser never guesses a type, and
 *       no referrer, so article links do not tell other sites what the reader was looking at.</li>
 *   <li>Only GET and HEAD: the server changes nothing, so anything else is a 405.</li>
 *   <li>No request body above the limit: a 413 before anything is read.</li>
 * </ul>
 */
final class HttpGuards {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final Set<String> METHODS = Set.of("GET", "HEAD");

    private final long maxRequestBytes;

    HttpGuards(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    /** Runs before every handler: headers first, so that refusals carry them too. */
    void before(Context ctx) {
        securityHeaders(ctx);
        long length = ctx.req().getContentLengthLong();
        if (length > maxRequestBytes) {
            throw new ApiException(413, "too_large", "the request body is " + length + " bytes; at most "
                    + maxRequestBytes + " are accepted");
        }
        if (!METHODS.contains(ctx.req().getMethod())) {
            ctx.header("Allow", "GET, HEAD");
            throw new ApiException(405, "method_not_allowed", "only GET and HEAD are supported");
        }
    }

    static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }
}
