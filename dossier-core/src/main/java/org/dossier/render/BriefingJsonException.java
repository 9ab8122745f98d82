package org.dossier.render;

import java.io.IOException;

/**
 * A briefing JSON document that cannot be read: not JSON, or JSON that breaks the briefing format.
 *
 * <p>The message names the offending place with a JSON path such as {@code $.summary[2].citations}, so that a
 * client of the web API can tell what to fix.
 */
public final class BriefingJsonException extends IOException {
    private static final long serialVersionUID = 1L;

    public BriefingJsonException(String message) {
        super(message);
    }

    public BriefingJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
