package org.dossier.analyse;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the paragraphs of an article text: runs of lines separated by one or more blank lines.
 *
 * <p>A line that holds only spaces or tabs counts as blank, because scraped text is full of them and a reader sees
 * no difference. Paragraph numbers count only paragraphs that hold text, so {@code "A\n\n\n\nB"} has paragraphs 0 and
 * 1, never an empty paragraph in between. Offsets point into the original text so that callers can cut substrings
 * out of it without copying.
 */
public final class Paragraphs {
    private Paragraphs() {
    }

    /**
     * One paragraph of a text.
     *
     * @param index 0-based number among the non-empty paragraphs
     * @param start offset of its first non-blank character
     * @param end   offset just past its last non-blank character
     */
    public record Span(int index, int start, int end) {
    }

    /** The non-empty paragraphs of {@code text}, in order. */
    public static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int paraStart = -1; // first non-blank char of the paragraph being read, -1 between paragraphs
        int paraEnd = -1;   // just past the last non-blank char seen in it
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int first = firstNonBlank(text, lineStart, lineEnd);
            if (first < 0) { // blank line: closes the open paragraph
                if (paraStart >= 0) {
                    out.add(new Span(out.size(), paraStart, paraEnd));
                    paraStart = -1;
                }
            } else {
                if (paraStart < 0) {
                    paraStart = first;
                }
                paraEnd = lastNonBlank(text, lineStart, lineEnd) + 1;
            }
            lineStart = lineEnd + 1;
        }
        if (paraStart >= 0) {
            out.add(new Span(out.size(), paraStart, paraEnd));
        }
        return out;
    }

    /** Splits {@code text} into its paragraph strings (trimmed), for callers that do not need offsets. */
    public static List<String> texts(String text) {
        List<String> out = new ArrayList<>();
        for (Span s : of(text)) {
            out.add(text.substring(s.start(), s.end()));
        }
        return out;
    }

    private static int firstNonBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastNonBlank(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
