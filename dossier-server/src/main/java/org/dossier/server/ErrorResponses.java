package org.dossier.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a short answer that says what went wrong for the client and nothing about the server.
 *
 * <p>API paths get {@code {"error": code, "message": text}}, pages get a plain error page. Expected refusals
 * ({@link ApiException}: bad parameter, unknown id, wrong method, too large) keep their message. Anything else is
 * a bug or a broken store: the client gets a 500 with a fixed message, and the stack trace goes to the server's
 * log only, never into a response (it would show class names and paths to whoever asked).
 *
 * <p>Requests Jetty refuses before they reach the application (a request line or headers over the size limit, a
 * malformed request) are answered by {@link #jettyErrorHandler()}, which writes the same JSON shape instead of
 * Jetty's own page.
 */
final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(DossierServer.class);

    private ErrorResponses() {
    }

    static void refused(ApiException e, Context ctx) {
        write(ctx, e.status(), e.code(), e.getMessage());
    }

    /** Javalin's own refusals: no matching route (404), and the like. */
    static void javalin(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        String code = status == 404 ? "not_found" : status == 405 ? "method_not_allowed" : "http_" + status;
        String message = status == 404 ? "nothing here: " + Params.shorten(ctx.path()) : "the request was refused";
        write(ctx, status, code, message);
    }

    static void internal(Exception e, Context ctx) {
        LOG.error("internal error answering {} {}", ctx.method(), Params.shorten(ctx.path()), e);
        write(ctx, 500, "internal", "the server could not answer this request");
    }

    private static void write(Context ctx, int status, String code, String message) {
        HttpGuards.securityHeaders(ctx);
        ctx.status(status);
        if (Route.isApi(ctx.path())) {
            ctx.contentType(ApiHandlers.JSON);
            ctx.result(JsonViews.error(code, message));
        } else {
            ctx.contentType(PageHandlers.HTML);
            ctx.result(ErrorPageView.render(status, message));
        }
    }

    /** Jetty's error handler, for what Jetty refuses itself: JSON, no stack, no server name or version. */
    static ErrorHandler jettyErrorHandler() {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
                fields.put(HttpHeader.CONTENT_TYPE, ApiHandlers.JSON);
                fields.put("X-Content-Type-Options", "nosniff");
                fields.put("Content-Security-Policy", HttpGuards.CONTENT_SECURITY_POLICY);
                String code = switch (status) {
                    case 413 -> "too_large";
                    case 414 -> "uri_too_long";
                    case 431 -> "headers_too_large";
                    default -> "bad_request";
                };
                String message = switch (status) {
                    case 413 -> "the request is too large";
                    case 414 -> "the request line (address) is too long";
                    case 431 -> "the request headers are too large";
                    default -> "the request could not be understood";
                };
                return ByteBuffer.wrap(JsonViews.error(code, message).getBytes(StandardCharsets.UTF_8));
            }
        };
        handler.setShowStacks(false);
        handler.setShowServlet(false);
        handler.setShowMessageInTitle(false);
        return handler;
    }
}
