package org.dossier.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small repairs to the text of a scraped line: HTML left-overs, odd spaces and the dash residue that some pages
 * put before the first sentence.
 *
 * <p>Scrapers that strip tags with a regular expression or cut the page at the wrong byte leave fragments such as a
 * stray {@code /p>} glued to the end of a sentence, entity references ({@code &amp;}) and non-breaking spaces.
 * These are repaired before the line is judged, so that "the government./p>" is seen as the sentence it is.
 */
public final class TextRepair {
    private TextRepair() {
    }

    /** Complete tags: {@code <p>}, {@code </p>}, {@code <br/>}, {@code <a href="...">}. */
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(\\s+[^<>]*)?/?>");
    /** Halves of closing tags whose "<" was lost: "/p>", "/div>" glued to text. */
    private static final Pattern TAG_TAIL = Pattern.compile("/(p|div|span|a|b|i|em|strong|li|ul|ol|h[1-6]|br)>");
    /** Opening halves whose ">" was lost at the end of a line: "<p", "</div". */
    private static final Pattern TAG_HEAD = Pattern.compile("</?(p|div|span|br|li)\\s*$");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,5}|#x[0-9a-fA-F]{1,4}|[a-zA-Z]{2,6});");
    /**
     * Two sentences whose separating space was lost: a lower-case word of three letters or more, a stop, then a
     * capitalised word ("from power.Their"). Decimals, acronyms and web addresses do not have this shape.
     */
    private static final Pattern GLUED_SENTENCES =
            Pattern.compile("(?<![\\p{L}.@/])(\\p{Ll}{3,}[.!?])(\\p{Lu}\\p{Ll}+\\b)(?![.@/])");
    /** Dashes and spaces before the first word: "— -- ANTALYA" keeps only "ANTALYA". */
    private static final Pattern LEADING_DASHES = Pattern.compile("^[\\s\u2014\u2013\u2012\u2015-]*[\u2014\u2013\u2015-]\\s*");

    /** Repairs HTML residue and spacing in one line; never adds words. */
    public static String repairLine(String line) {
        String s = line.replace('\u00A0', ' ').replace('\u200B', ' ').replace('\uFEFF', ' ');
        if (s.indexOf('<') >= 0 || s.indexOf('>') >= 0) {
            s = TAG.matcher(s).replaceAll(" ");
            s = TAG_TAIL.matcher(s).replaceAll("");
            s = TAG_HEAD.matcher(s).replaceAll("");
        }
        if (s.indexOf('&') >= 0) {
            s = decodeEntities(s);
        }
        if (mayHaveGluedSentences(s)) {
            s = GLUED_SENTENCES.matcher(s).replaceAll("$1 $2");
        }
        return collapseSpaces(s).strip();
    }

    /**
     * Removes a run of dashes at the start of a line ("— -- ANTALYA, Turkey -- ..." becomes "ANTALYA, Turkey --
     * ..."). Only for lines that are not list items: a single "- " followed by text is a bullet and stays.
     */
    public static String stripLeadingDashes(String line) {
        Matcher m = LEADING_DASHES.matcher(line);
        if (!m.find()) {
            return line;
        }
        String dashes = m.group();
        long dashCount = dashes.chars().filter(c -> c != ' ' && c != '\t').count();
        boolean emDash = dashes.indexOf('\u2014') >= 0 || dashes.indexOf('\u2015') >= 0;
        if (dashCount >= 2 || emDash) {
            return line.substring(m.end());
        }
        return line;
    }

    private static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(entity(m.group(1))));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String entity(String name) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return String.valueOf((char) Integer.parseInt(name.substring(2), 16));
        }
        if (name.startsWith("#")) {
            return String.valueOf((char) Integer.parseInt(name.substring(1)));
        }
        return switch (name) {
            case "amp" -> "&";
            case "nbsp" -> " ";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "lt" -> "<";
            case "gt" -> ">";
            case "rsquo" -> "\u2019";
            case "lsquo" -> "\u2018";
            case "rdquo" -> "\u201D";
            case "ldquo" -> "\u201C";
            case "mdash" -> "\u2014";
            case "ndash" -> "\u2013";
            case "hellip" -> "\u2026";
            // an unknown reference is markup residue (SGML feeds use &QL; &UR; and the like): drop it
            default -> "";
        };
    }

    /**
     * A cheap necessary condition for {@link #GLUED_SENTENCES}: a stop directly followed by an upper-case letter.
     * Almost no line has one, and the regular expression (with its look-behind at every position) is the costliest
     * step of the repair, so it only runs on lines that pass this test; the result is the same either way.
     */
    static boolean mayHaveGluedSentences(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isUpperCase(s.codePointAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static String collapseSpaces(String s) {
        if (hasNothingToCollapse(s)) {
            return s; // the common case: a clean line, returned as is rather than copied character by character
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r') {
                space = true;
            } else {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                b.append(c);
                space = false;
            }
        }
        return b.toString();
    }

    /**
     * Whether {@link #collapseSpaces} would return {@code s} unchanged: no tab or carriage return, no space at either
     * end and never two spaces in a row.
     */
    private static boolean hasNothingToCollapse(String s) {
        int n = s.length();
        if (n > 0 && (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ')) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\r' || c == ' ' && s.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }
}
