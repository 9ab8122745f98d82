package org.dossier.analyse.dates;

/**
 * Tells whether a position of a text lies inside a quotation, so that "today" in a quoted remark can be dated by
 * the sentence that reports it rather than by the publication date.
 *
 * <p>Quotations are followed within one paragraph (a quote that runs over a paragraph break reopens with a new
 * mark in news style anyway). Curly quotes say which way they face; a straight double quote toggles.
 */
public final class Quotes {
    private Quotes() {
    }

    /** Whether position {@code pos} of {@code text} lies inside a quotation opened earlier in its paragraph. */
    public static boolean inside(String text, int pos) {
        int from = text.lastIndexOf('\n', pos - 1) + 1;
        boolean inside = false;
        for (int i = from; i < pos; i++) {
            char c = text.charAt(i);
            if (c == '\u201C') {
                inside = true;
            } else if (c == '\u201D') {
                inside = false;
            } else if (c == '"') {
                inside = !inside;
            }
        }
        return inside;
    }
}
