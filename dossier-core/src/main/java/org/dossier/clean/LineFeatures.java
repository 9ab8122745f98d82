package org.dossier.clean;

import java.util.Locale;

/**
 * Measurements of a single line that the furniture rules share: word counts, how the line ends, how many of its
 * words are capitalised, and a normalised form for comparing labels.
 *
 * <p>The central idea: an article sentence ends with terminal punctuation; headlines, labels, menu entries and
 * captions usually do not. Most context rules only ever drop lines that do not end like a sentence, which is what
 * keeps the cleaner from eating article text on pages it has never seen.
 */
public final class LineFeatures {
    private LineFeatures() {
    }

    /** Number of whitespace-separated words. */
    public static int words(String line) {
        return org.dossier.model.Words.count(line);
    }

    /**
     * True when the line ends the way a sentence does: with {@code . ! ? …} (possibly followed by closing quotes or
     * brackets), or, for a line of six words or more, with a closing quote or a colon (a quotation that ends
     * without a stop, or a sentence that introduces a list).
     */
    public static boolean endsLikeSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && Character.isWhitespace(line.charAt(i))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char last = line.charAt(i);
        int core = i;
        while (core >= 0 && isCloser(line.charAt(core))) {
            core--;
        }
        if (core >= 0 && isTerminal(line.charAt(core))) {
            return true;
        }
        boolean longEnough = words(line) >= 6;
        return longEnough && (last == ':' || last == '\u201D' || last == '"');
    }

    /** Words a prose line has at least. */
    public static final int PROSE_WORDS = 10;

    /** True for a prose line that clearly belongs to an article: a sentence ending of ten words or more. */
    public static boolean isProse(String line) {
        return words(line) >= PROSE_WORDS && endsLikeSentence(line);
    }

    /**
     * Share of the words that start with a capital letter or a digit, ignoring short function words ("of", "the",
     * "on") that headline style leaves in lower case. "Obama, Putin Agree on ISIS Danger" scores 1.0.
     */
    public static double capitalisedRatio(String line) {
        int counted = 0;
        int capitalised = 0;
        for (String w : line.trim().split("\\s+")) {
            String word = stripPunctuation(w);
            if (word.isEmpty()) {
                continue;
            }
            char first = word.charAt(0);
            if (Character.isLowerCase(first) && word.length() <= 4 && isMinorWord(word)) {
                continue;
            }
            counted++;
            if (Character.isUpperCase(first) || Character.isDigit(first)) {
                capitalised++;
            }
        }
        return counted == 0 ? 0 : (double) capitalised / counted;
    }

    /**
     * Lower-case letters and digits of the line with single spaces between words: "Show comments | Hide" becomes
     * "show comments hide". Curly apostrophes count as apostrophes and disappear like other punctuation.
     */
    public static String normalise(String line) {
        StringBuilder b = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (c != '\'' && c != '\u2019') {
                space = true;
            }
        }
        return b.toString();
    }

    /** Lower-case letters only, without spaces: glued widget labels ("Show commentsHide Comments") compare equal. */
    public static String lettersOnly(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** True when the line begins with a list bullet ("•", "-", "*", "1.", "2)"). */
    public static boolean isBullet(String line) {
        String t = line.stripLeading();
        if (t.length() < 2) {
            return false;
        }
        char c = t.charAt(0);
        if ("\u2022\u00B7\u25AA\u25BA\u25A0*-\u2013".indexOf(c) >= 0) {
            return Character.isWhitespace(t.charAt(1));
        }
        int i = 0;
        while (i < t.length() && i < 3 && Character.isDigit(t.charAt(i))) {
            i++;
        }
        return i > 0 && i + 1 < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ')')
                && Character.isWhitespace(t.charAt(i + 1));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static boolean isMinorWord(String w) {
        return switch (w) {
            case "a", "an", "the", "of", "on", "in", "at", "to", "for", "and", "or", "but", "by", "as", "vs",
                    "with", "from", "into", "over", "is", "are", "was" -> true;
            default -> false;
        };
    }

    private static String stripPunctuation(String w) {
        int s = 0;
        int e = w.length();
        while (s < e && !Character.isLetterOrDigit(w.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(w.charAt(e - 1))) {
            e--;
        }
        return w.substring(s, e);
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']';
    }
}
