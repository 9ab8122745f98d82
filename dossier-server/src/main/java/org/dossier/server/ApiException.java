package org.dossier.server;

/**
 * A request the server refuses, with the HTTP status and the short machine-readable code the client receives as
 * {@code {"error": code, "message": message}}. The message is written for the person calling the API, so it names
 * the parameter and what was wrong with it, and never anything about the server's insides.
 */
final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message, null, false, false); // no stack trace: these are expected, and never shown anyway
        this.status = status;
        this.code = code;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
