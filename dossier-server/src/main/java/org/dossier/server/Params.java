package org.dossier.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads and checks query parameters, turning every bad value into a 400 that names the parameter.
 *
 * <p>Parameters are strings typed by people and programs alike, so nothing is trusted: numbers must be numbers
 * within their range, dates ISO days, ids of the shape the store gives out. A value the server cannot use is
 * refused with a message saying what would be accepted, rather than silently replaced by a default.
 */
final class Params {
    /** Story ids ("S17") and store ids (16 hex digits) are short and plain; anything else cannot exist. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    /** Longer queries are not searches but payloads. */
    static final int MAX_QUERY_CHARS = 500;

    private Params() {
    }

    /** An integer parameter in {@code [min, max]}, or {@code fallback} when absent or empty. */
    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, got '" + shorten(raw) + "'");
        }
        if (value < min || value > max) {
            throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    /** An ISO date parameter ({@code 2026-03-14}), or null when absent or empty. */
    static LocalDate date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date such as 2026-03-14, got '" + shorten(raw) + "'");
        }
    }

    /** A free-text parameter, stripped, at most {@link #MAX_QUERY_CHARS}; null when absent or blank. */
    static String text(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        if (s.length() > MAX_QUERY_CHARS) {
            throw ApiException.badRequest(name + " is too long (" + s.length() + " characters; at most "
                    + MAX_QUERY_CHARS + ")");
        }
        return s;
    }

    /** The path parameter {@code name}, which must look like an id; 404 otherwise (no such thing can exist). */
    static String id(Context ctx, String name, String what) {
        String raw = ctx.pathParam(name);
        if (!ID.matcher(raw).matches()) {
            throw ApiException.notFound("no " + what + " with that id");
        }
        return raw;
    }

    /** At most 40 characters of a bad value, so that error messages stay one readable line. */
    static String shorten(String raw) {
        String oneLine = raw.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "...";
    }
}
