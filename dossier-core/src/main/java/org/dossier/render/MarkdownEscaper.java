package org.dossier.render;

/**
 * Escapes article-derived text so that Markdown shows it literally.
 *
 * <p>A title such as {@code *Breaking* <b>news</b> [click](javascript:x)} must print as those characters, not as
 * emphasis, raw HTML or a link. CommonMark lets a backslash escape any ASCII punctuation, so escaping is always
 * safe; the question is only how much to escape without making the Markdown source unreadable. This class escapes
 * every character that can open inline markup anywhere in a line (emphasis, code, links, images, raw HTML, entity
 * references, GitHub tables and strikethrough, heading marks), and the characters that matter only at the start of a line
 * (headings, block quotes, list items) only there. Line breaks are flattened first, so the escaped text never
 * starts a new block.
 */
final class MarkdownEscaper {
    /**
     * Characters that can start markup anywhere in a line. {@code #} is among them because a heading line ending
     * in {@code " #"} would lose it as an optional closing sequence.
     */
    private static final String INLINE_SPECIALS = "\\`*_[]<>&|~#";

    private MarkdownEscaper() {
    }

    /** The text flattened to one line and escaped for Markdown body text; "" for null. */
    static String text(String raw) {
        String line = CleanText.oneLine(raw);
        if (line == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (INLINE_SPECIALS.indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return escapeLineStart(sb.toString());
    }

    /**
     * Escapes what would make a line a list item ({@code -}, {@code +}, {@code 1.},
     * {@code 1)}), a thematic break or setext underline ({@code =}), when the text ends up at the start of a line.
     */
    private static String escapeLineStart(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char first = s.charAt(0);
        if (first == '-' || first == '+' || first == '=') {
            return "\\" + s;
        }
        int digits = 0;
        while (digits < s.length() && digits < 10 && Character.isDigit(s.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < s.length() && (s.charAt(digits) == '.' || s.charAt(digits) == ')')) {
            // "1999. A year..." would start an ordered list; escape the delimiter, not the number.
            return s.substring(0, digits) + "\\" + s.substring(digits);
        }
        return s;
    }

    /**
     * Escapes text for a link title in double quotes ({@code [x](#a "title")}): the backslash and the double quote
     * would end or break the title, and an ampersand would start an entity reference that the title then decodes.
     */
    static String linkTitle(String raw) {
        String line = CleanText.oneLine(raw);
        if (line == null) {
            return "";
        }
        return line.replace("\\", "\\\\").replace("\"", "\\\"").replace("&", "\\&");
    }
}
