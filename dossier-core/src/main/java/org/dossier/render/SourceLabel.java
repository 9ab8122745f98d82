package org.dossier.render;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.SourceRef;

/**
 * How a source is named in the human-readable formats: "Outlet — Title — Byline — 2025-03-10".
 *
 * <p>Much metadata is optional (a plain-text file has no outlet, a wire story no byline), so the label is built from
 * whatever parts are known. When neither outlet nor title is known the reader still needs something to recognise
 * the source by, so the label falls back to the name of the file it was read from, then to the article id.
 *
 * <p>All parts are {@linkplain CleanText#oneLine cleaned} but not escaped: each renderer escapes them for its own
 * format.
 */
final class SourceLabel {
    /** The separator between label parts; an em dash reads as a clear break between free-text fields. */
    static final String SEPARATOR = " \u2014 ";

    private SourceLabel() {
    }

    /** What a label part says; the HTML page marks each kind up differently. */
    enum Kind {
        /** The origin file name or id, used when outlet and title are both unknown. */
        FALLBACK_NAME,
        OUTLET,
        TITLE,
        BYLINE,
        /** The publication date in ISO 8601 form, e.g. 2025-03-10. */
        DATE
    }

    /**
     * One part of a label.
     *
     * @param kind what it says
     * @param text cleaned, unescaped text, never blank
     */
    record Part(Kind kind, String text) {
    }

    /**
     * The known parts of the label in display order: outlet, title, byline, ISO date. Never empty.
     *
     * <p>When outlet and title are both unknown, the first part is the fallback name instead (origin file name,
     * else id, else "source N").
     */
    static List<Part> parts(SourceRef source) {
        List<Part> parts = new ArrayList<>(4);
        String outlet = CleanText.oneLine(source.outlet());
        String title = CleanText.oneLine(source.title());
        if (outlet == null && title == null) {
            parts.add(new Part(Kind.FALLBACK_NAME, fallbackName(source)));
        }
        addIfPresent(parts, Kind.OUTLET, outlet);
        addIfPresent(parts, Kind.TITLE, title);
        addIfPresent(parts, Kind.BYLINE, CleanText.oneLine(source.byline()));
        if (source.published() != null) {
            parts.add(new Part(Kind.DATE, source.published().toString())); // LocalDate.toString() is ISO 8601
        }
        return parts;
    }

    /** The first part of the label: the outlet, else the title, else the fallback name. */
    static String shortName(SourceRef source) {
        return parts(source).get(0).text();
    }

    /**
     * The short name used when a source has no outlet and no title: the file name of its origin (keeping a
     * {@code #line} suffix, which tells JSON-lines records apart), else the id, else "source N".
     */
    static String fallbackName(SourceRef source) {
        String origin = CleanText.oneLine(source.origin());
        if (origin != null) {
            String name = fileName(origin);
            if (name != null) {
                return name;
            }
        }
        return CleanText.oneLineOr(source.id(), "source " + source.number());
    }

    /**
     * The last segment of a file path or URL-like origin, with Windows or Unix separators; a {@code #line} suffix
     * stays attached ({@code feeds/wire.jsonl#12} gives {@code wire.jsonl#12}). Null when nothing is left.
     */
    static String fileName(String origin) {
        String path = origin;
        while (path.endsWith("/") || path.endsWith("\\")) {
            path = path.substring(0, path.length() - 1);
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        String name = path.substring(slash + 1);
        return name.isBlank() ? null : name;
    }

    private static void addIfPresent(List<Part> parts, Kind kind, String text) {
        if (text != null) {
            parts.add(new Part(kind, text));
        }
    }
}
