package org.dossier.render;

/**
 * Escapes text for HTML, so that article-derived strings are shown as text and never parsed as markup.
 *
 * <p>The five characters with a meaning in HTML are replaced by character references everywhere, in element
 * content and in attribute values alike: {@code <} and {@code >} so no tag can open, {@code &} so no entity is
 * decoded, and both quote characters so no attribute value can be closed early (which is how
 * {@code " onmouseover="x} would otherwise inject an event handler). Escaping the same set in both contexts keeps
 * the rule simple enough to check at a glance. Control characters are removed and line breaks flattened by
 * {@link CleanText} first.
 */
public final class HtmlEscaper {
    private HtmlEscaper() {
    }

    /** The text on one line, escaped for element content or a double-quoted attribute; "" for null. */
    static String escape(String raw) {
        String line = CleanText.oneLine(raw);
        return line == null ? "" : escapeVerbatim(line);
    }

    /** Escapes the five HTML special characters and nothing else. */
    public static String escapeVerbatim(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            String replacement = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (replacement != null) {
                    sb.append(replacement);
                } else {
                    sb.append(s.charAt(i));
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
