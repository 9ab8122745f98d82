package org.dossier.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls the author's name out of a line the cleaner dropped as a byline, author bio or credit.
 *
 * <p>"By Jane Roe, Reuters" gives "Jane Roe"; "Metro Desk" stays "Metro Desk"; "Jane Roe covers courts for the
 * Gazette" gives "Jane Roe"; "The Gazette's Sam Poe contributed to this report" gives "Sam Poe"; "With assistance
 * by A and B" gives "A and B". Bylines are preferred to bios, and bios to credits, through {@link #rank}.
 */
public final class BylineExtractor {
    private static final Pattern BY = Pattern.compile("^(?i:(written |posted |reported |story )?by)\\s+(.+)$");
    private static final Pattern BIO_NAME = Pattern.compile(
            "^\\(?(\\p{Lu}[\\p{L}.'\u2019-]+(?:\\s\\p{Lu}[\\p{L}.'\u2019-]+){1,3})\\s(covers|writes|reports|is)\\b");
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "^(.+?)\\s+contributed\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASSISTANCE = Pattern.compile(
            "^[\\s\u2014\u2013-]*(?i:with (?:additional )?(?:assistance|reporting|contributions?) (?:by|from))\\s+(.+?)\\.?$");

    private BylineExtractor() {
    }

    /** How trustworthy a name from this kind of line is: lower is better, {@code Integer.MAX_VALUE} when none. */
    public static int rank(Furniture kind) {
        return switch (kind) {
            case BYLINE -> 0;
            case AUTHOR_BIO -> 1;
            case CREDIT -> 2;
            default -> Integer.MAX_VALUE;
        };
    }

    /** The name carried by {@code line} of the given kind, or null when none can be read from it. */
    public static String extract(Furniture kind, String line) {
        String t = line.strip();
        Matcher m;
        switch (kind) {
            case BYLINE:
                m = BY.matcher(t);
                if (m.matches()) {
                    return cutAffiliation(m.group(2));
                }
                return BylineRule.DESK.matcher(t).matches() ? t : null;
            case AUTHOR_BIO:
                m = BIO_NAME.matcher(t);
                return m.find() ? m.group(1) : null;
            case CREDIT:
                t = TextRepair.stripLeadingDashes(t);
                m = ASSISTANCE.matcher(t);
                if (m.matches()) {
                    return m.group(1).strip();
                }
                m = CONTRIBUTED.matcher(t);
                return m.find() ? trailingNames(m.group(1)) : null;
            default:
                return null;
        }
    }

    /**
     * The names at the end of a credit's subject: "Gazette reporter Nora Finch" gives "Nora Finch", "Staff writers
     * Ana Diaz and Li Wei" gives "Ana Diaz and Li Wei". Walks back over capitalised words and "and"/commas, and
     * stops at a lower-case word (a job title) or a possessive (the outlet, "ABC News'").
     */
    static String trailingNames(String subject) {
        String[] tokens = subject.strip().split("\\s+");
        int start = tokens.length;
        for (int k = tokens.length - 1; k >= 0; k--) {
            String tok = tokens[k];
            boolean connector = tok.equals("and") || tok.equals("&");
            boolean possessive = tok.endsWith("'") || tok.endsWith("\u2019") || tok.endsWith("'s")
                    || tok.endsWith("\u2019s");
            if (possessive || !connector && !Character.isUpperCase(tok.charAt(0))) {
                break;
            }
            start = k;
        }
        while (start < tokens.length && (tokens[start].equals("and") || tokens[start].equals("&"))) {
            start++;
        }
        String names = String.join(" ", java.util.Arrays.asList(tokens).subList(start, tokens.length));
        names = names.endsWith(",") ? names.substring(0, names.length() - 1) : names;
        return names.isEmpty() ? null : names;
    }

    /** "Jane Roe, Reuters" and "Jane Roe | Gazette" become "Jane Roe". */
    private static String cutAffiliation(String names) {
        String s = names;
        for (String sep : new String[] {",", " | ", " - ", " \u2013 ", " \u2014 ", " for "}) {
            int i = s.indexOf(sep);
            if (i > 0) {
                s = s.substring(0, i);
            }
        }
        return s.strip();
    }
}
