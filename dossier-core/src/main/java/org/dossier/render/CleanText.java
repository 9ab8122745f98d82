package org.dossier.render;

/**
 * Makes article-derived strings safe to print on one line.
 *
 * <p>Titles, bylines and even summary sentences come from scraped pages, so they may hold line breaks, tabs or
 * control characters. A raw {@code ESC} byte written to a terminal starts an escape sequence that can recolour,
 * move the cursor or retitle the window, so every renderer passes such text through here first: whitespace runs
 * (including line breaks) become one space, C0/C1 control characters are dropped, and the ends are trimmed.
 * Everything else, including non-Latin scripts and emoji, is kept as it is.
 */
final class CleanText {
    private CleanText() {
    }

    /**
     * The text on one line, or {@code null} when nothing printable is left.
     *
     * @param text any string, possibly {@code null}
     */
    static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                // isSpaceChar also covers no-break spaces; inside a one-line label they are ordinary spaces.
                pendingSpace = sb.length() > 0;
            } else if (Character.getType(cp) == Character.CONTROL) {
                // Dropped: C0 (incl. ESC) and C1 (incl. the single-byte CSI U+009B) controls.
            } else {
                if (pendingSpace) {
                    sb.append(' ');
                    pendingSpace = false;
                }
                sb.appendCodePoint(cp);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** The cleaned text, or {@code fallback} when it is missing or blank. */
    static String oneLineOr(String text, String fallback) {
        String cleaned = oneLine(text);
        return cleaned == null ? fallback : cleaned;
    }
}
