package org.dossier.summarise;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.Words;

/**
 * Decides whether a sentence can stand alone in a summary, before any scoring.
 *
 * <p>Extractive summaries fail in recognisable ways when a sentence is lifted out of its article: a question
 * that the article goes on to answer, half of a quotation that spans several sentences, "He said" with no "he"
 * in sight, a caption or a "Sign up for our newsletter" line that the cleaner missed. Those are cheap to spot on
 * the surface, so this filter does it with a few rules rather than a model:
 * <ul>
 *   <li>{@link Suitability#REJECTED}: fewer than {@link #MIN_WORDS} words; more than {@link #MAX_WORDS} (a
 *       splitting accident); a question; no sentence-final punctuation (headlines, captions, list items);
 *       unbalanced quotation marks (a fragment of a longer quote); a sentence that opens with a quotation and never
 *       says who said it; web furniture (links, e-mail addresses, copyright, sign-up prompts).</li>
 *   <li>{@link Suitability#DISCOURAGED}: opens with a pronoun or connective that points back to a sentence the
 *       reader will not see ("He", "They", "But", "However,", "This"); or is long.</li>
 *   <li>{@link Suitability#GOOD}: everything else.</li>
 * </ul>
 * The rules look at the text as it will be shown, after {@link Datelines#strip}.
 */
public final class SentenceFilter {
    /** Shorter sentences rarely carry a whole fact. */
    public static final int MIN_WORDS = 8;
    /** Longer "sentences" are almost always several sentences the splitter failed to cut. */
    public static final int MAX_WORDS = 80;
    /** Sentences longer than this are usable but eat the budget of two. */
    public static final int LONG_WORDS = 45;

    private static final Set<String> DANGLING_OPENERS = Set.of(
            "he", "she", "they", "it", "its", "his", "her", "their", "them", "this", "these", "those", "that",
            "there", "here", "but", "and", "or", "so", "yet", "also", "however", "meanwhile", "moreover",
            "furthermore", "besides", "still", "instead", "nevertheless", "nonetheless", "then", "thus",
            "therefore", "hence", "such", "both", "later", "afterwards", "afterward", "otherwise", "indeed",
            "likewise", "similarly", "again", "anyway");

    private static final Pattern ATTRIBUTION = Pattern.compile(
            "\\b(?:said|says|say|told|tells|added|adds|according|stated|states|asked|asks|explained|noted|"
                    + "insisted|warned|wrote|writes|argued|argues|claimed|claims|declared|announced|recalled|"
                    + "replied|responded|acknowledged|admitted|continued)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(?:https?://|www\\.|\\S@\\S+\\.\\w|©|\\bcopyright\\b|all rights reserved|click here|\\bsign up\\b|"
                    + "\\bsubscribe\\b|newsletter|\\bcookies?\\b|privacy policy|terms of (?:use|service)|"
                    + "\\bfollow us\\b|\\bread more\\b|\\bshare this\\b|\\bphoto:|\\bimage:|\\bvideo:|"
                    + "\\bdownload (?:the|our) app\\b|javascript)");

    private SentenceFilter() {
    }

    /** How fit {@code shown} (a sentence as it would appear) is to stand alone in a summary. */
    public static Suitability judge(String shown) {
        String s = shown.strip();
        int words = Words.count(s);
        if (words < MIN_WORDS || words > MAX_WORDS) {
            return Suitability.REJECTED;
        }
        String end = trimClosers(s);
        if (end.endsWith("?") || !(end.endsWith(".") || end.endsWith("!"))) {
            return Suitability.REJECTED;
        }
        if (FURNITURE.matcher(s).find() || isQuoteFragment(s)) {
            return Suitability.REJECTED;
        }
        if (startsDangling(s) || words > LONG_WORDS) {
            return Suitability.DISCOURAGED;
        }
        return Suitability.GOOD;
    }

    /** The sentence without trailing quotation marks and brackets, to find its real final punctuation. */
    private static String trimClosers(String s) {
        int e = s.length();
        while (e > 0 && "\"'”’)]".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(0, e);
    }

    /**
     * A quote fragment is a piece of quotation that needs its neighbours: quotation marks that do not pair up,
     * or a sentence that opens inside a quotation and never names a speaker.
     */
    static boolean isQuoteFragment(String s) {
        int straight = 0;
        int open = 0;
        int close = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                straight++;
            } else if (c == '“') {
                open++;
            } else if (c == '”') {
                close++;
            }
        }
        if (straight % 2 != 0 || open != close) {
            return true;
        }
        boolean opensWithQuote = s.startsWith("\"") || s.startsWith("“");
        return opensWithQuote && !ATTRIBUTION.matcher(s).find();
    }

    private static boolean startsDangling(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetter(s.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < s.length() && Character.isLetter(s.charAt(j))) {
            j++;
        }
        return DANGLING_OPENERS.contains(s.substring(i, j).toLowerCase(Locale.ROOT));
    }
}
