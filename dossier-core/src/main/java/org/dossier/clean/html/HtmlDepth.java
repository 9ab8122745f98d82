package org.dossier.clean.html;

import java.util.Locale;
import java.util.Set;

/**
 * Estimates how deep the elements of an HTML page nest, in one pass over its characters and without building a
 * tree, so that pathological pages can be refused <em>before</em> they reach the HTML parser.
 *
 * <p>Why: jsoup handles deep nesting without recursion, but its tree builder looks through the stack of open
 * elements for every tag, so a page of 100,000 nested {@code <div>}s costs seconds (time grows with depth times
 * size), and a 50 MB one would cost minutes. Real pages nest a few dozen levels.
 *
 * <p>How: every start tag opens a level and every end tag closes one, except void elements ({@code <br>},
 * {@code <img>}...), self-closed tags, and elements whose end tag HTML lets authors omit ({@code <p>},
 * {@code <li>}, {@code <td>}...), which the parser closes by itself. Comments, doctypes and the raw text of
 * {@code <script>}, {@code <style>}, {@code <textarea>} and {@code <title>} are passed over. The result is an
 * estimate, exact for well-formed pages and an over-estimate for pages that never close their {@code <div>}s,
 * which the parser would nest just as deep.
 */
public final class HtmlDepth {
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr", "keygen", "command", "basefont", "frame", "isindex",
            "bgsound");
    private static final Set<String> IMPLIED_END = Set.of("p", "li", "dt", "dd", "tr", "td", "th", "option",
            "optgroup", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "rtc", "html", "head",
            "body");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "plaintext",
            "noembed", "noframes", "iframe");

    private HtmlDepth() {
    }

    /** The estimated maximum depth of {@code html}, counting stops once it passes {@code stopAbove}. */
    public static int estimate(CharSequence html, int stopAbove) {
        int depth = 0;
        int max = 0;
        int n = html.length();
        int i = 0;
        while (i < n) {
            if (html.charAt(i) != '<' || i + 1 >= n) {
                i++;
                continue;
            }
            char next = html.charAt(i + 1);
            if (next == '!') {
                i = startsWith(html, i, "<!--") ? indexOf(html, "-->", i + 4) + 3 : indexOf(html, ">", i) + 1;
            } else if (next == '?') {
                i = indexOf(html, ">", i) + 1;
            } else if (next == '/') {
                int end = nameEnd(html, i + 2);
                if (counted(name(html, i + 2, end)) && depth > 0) {
                    depth--;
                }
                i = indexOf(html, ">", end) + 1;
            } else if (isLetter(next)) {
                int end = nameEnd(html, i + 1);
                String name = name(html, i + 1, end);
                int close = tagEnd(html, end);
                boolean selfClosed = close > 0 && close < n && html.charAt(close - 1) == '/';
                if (counted(name) && !selfClosed) {
                    depth++;
                    max = Math.max(max, depth);
                    if (max > stopAbove) {
                        return max;
                    }
                }
                i = close + 1;
                if (RAW_TEXT.contains(name) && !selfClosed) {
                    // Raw text is not markup: "<div>" inside a script must not count. Skip to its end tag.
                    int endTag = indexOfIgnoreCase(html, "</" + name, i);
                    if (endTag >= 0 && counted(name) && depth > 0) {
                        depth--;
                    }
                    i = endTag < 0 ? n : indexOf(html, ">", endTag) + 1;
                }
            } else {
                i++;
            }
            if (i <= 0) {
                break; // a construct ran to the end of the page without closing
            }
        }
        return max;
    }

    private static boolean counted(String name) {
        return !name.isEmpty() && !VOID.contains(name) && !IMPLIED_END.contains(name);
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int nameEnd(CharSequence s, int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '>' || c == '/') {
                break;
            }
            i++;
        }
        return i;
    }

    private static String name(CharSequence s, int from, int to) {
        // Names longer than any HTML element cannot be void or raw-text elements: no need to copy them whole.
        return s.subSequence(from, Math.min(to, from + 16)).toString().toLowerCase(Locale.ROOT);
    }

    /** The index of the {@code >} ending a start tag, skipping quoted attribute values; or the length. */
    private static int tagEnd(CharSequence s, int from) {
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return s.length();
    }

    private static boolean startsWith(CharSequence s, int at, String prefix) {
        if (at + prefix.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Index of {@code target} at or after {@code from}, or the length minus the target's length (the end). */
    private static int indexOf(CharSequence s, String target, int from) {
        for (int i = Math.max(0, from); i + target.length() <= s.length(); i++) {
            if (startsWith(s, i, target)) {
                return i;
            }
        }
        return s.length();
    }

    private static int indexOfIgnoreCase(CharSequence s, String target, int from) {
        outer:
        for (int i = Math.max(0, from); i + target.length() <= s.length(); i++) {
            for (int k = 0; k < target.length(); k++) {
                if (Character.toLowerCase(s.charAt(i + k)) != target.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The bytes of a page as characters for {@link #estimate}: tags are ASCII in every encoding news uses. */
    public static CharSequence asAscii(byte[] bytes) {
        return new ByteChars(bytes, 0, bytes.length);
    }

    /** A read-only view of bytes as Latin-1 characters, without copying. */
    private record ByteChars(byte[] bytes, int from, int to) implements CharSequence {
        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            return (char) (bytes[from + index] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new ByteChars(bytes, from + start, from + end);
        }

        @Override
        public String toString() {
            return new String(bytes, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }
}
