package org.dossier.analyse.quotes;

import java.util.Objects;

/**
 * A stretch of an article's text: where it starts, where it ends and what it says.
 *
 * @param start offset of the first character in the article text
 * @param end   offset just past the last character
 * @param text  the characters, {@code articleText.substring(start, end)} (no-break spaces read as plain spaces)
 */
public record TextSpan(int start, int end, String text) {
    public TextSpan {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The span {@code [start, end)} of {@code source}. */
    public static TextSpan of(String source, int start, int end) {
        return new TextSpan(start, end, source.substring(start, end));
    }

    /** True when the two spans share at least one character. */
    public boolean overlaps(TextSpan other) {
        return other != null && start < other.end && other.start < end;
    }
}
