package org.dossier.summarise;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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
 *       splitting accident); a question; no sentence-final punctuation (headlines, captions, list items), or an
 *       ellipsis (a teaser or caption cut short by the page);
 *       unbalanced quotation marks (a fragment of a longer quote); a sentence that opens with a quotation and never
 *       says who said it; signs of a bad split (starts in lower case, ends on "Mr." or "U.S."); web furniture (links, e-mail
 *       addresses, phone numbers, copyright, sign-up prompts).</li>
 *   <li>{@link Suitability#DISCOURAGED}: opens with a pronoun or connective that points back to a sentence the
 *       reader will not see ("He", "They", "But", "However,", "This"), or ends on an attribution to a pronoun
 *       (", they said."); or is long.</li>
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
            "but", "and", "or", "so", "yet", "also", "however", "meanwhile", "moreover",
            "furthermore", "besides", "still", "instead", "nevertheless", "nonetheless", "then", "thus",
            "therefore", "hence", "such", "both", "later", "afterwards", "afterward", "otherwise", "indeed",
            "likewise", "similarly", "again", "anyway");

    private static final String ATTRIBUTION_VERBS = "said|says|say|told|tells|added|adds|according|stated|states"
            + "|asked|asks|explained|noted|insisted|warned|wrote|writes|argued|argues|claimed|claims|declared"
            + "|announced|recalled|replied|responded|acknowledged|admitted|continued";

    private static final Pattern ATTRIBUTION = Pattern.compile("\\b(?:" + ATTRIBUTION_VERBS + ")\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * A closing attribution whose speaker is a pronoun: ", they said.", ", he told reporters.", ", said she." (with
     * any closing quotation marks). The claim is only as good as its speaker, and the speaker is in another
     * sentence.
     */
    private static final Pattern PRONOUN_ATTRIBUTION = Pattern.compile(
            "[,\u2014][\u201D\u2019\"']?\\s*(?:(?:he|she|they|we|i)\\s+(?:" + ATTRIBUTION_VERBS + ")"
                    + "(?:\\s+\\p{L}+){0,2}|(?:said|says|added|adds)\\s+(?:he|she|they|we|i))\\s*[.!][\\s\u201D\u2019\"')]*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Phrases that only web-page furniture contains (matched on whole words, lower case). Plain substring checks
     * rather than one big case-insensitive regular expression: this runs on every sentence of every article.
     */
    private static final List<String> FURNITURE = List.of(
            "http", "https", "www", "copyright", "all rights reserved", "click here", "sign up", "subscribe",
            "newsletter", "cookie", "cookies", "privacy policy", "terms of use", "terms of service", "follow us",
            "read more", "share this", "photo:", "image:", "video:", "download the app", "download our app",
            "javascript", "contributed to this report", "contributed reporting", "this story has been updated",
            "this article has been updated", "file photo");

    /** Words that, in a sentence addressed to "you", mark instructions for using the page rather than news. */
    private static final Set<String> WEB_WORDS = Set.of(
            "tweet", "tweets", "browser", "app", "account", "location", "settings", "cookies", "subscribe", "email",
            "e-mail", "download", "click", "site", "website", "page", "video", "player", "login", "log", "sign",
            "password", "notifications", "ad", "ads", "adblocker");

    /**
     * A telephone number ("404-555-0100", "(212) 555-0100") or an e-mail address written to fool spam robots
     * ("desk(at)example.com"): contact lines for the newsroom, not news.
     */
    private static final Pattern PHONE_OR_HIDDEN_ADDRESS = Pattern.compile(
            "(?:\\(\\d{3}\\)\\s?|\\b\\d{3}[-.])\\d{3}[-.]\\d{4}\\b|\\w\\s?\\((?:at|AT)\\)\\s?\\w");

    /** Abbreviations that stand before a name: a sentence does not end on them. */
    private static final Set<String> TITLE_ABBREVIATIONS = Set.of(
            "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Cmdr.", "Adm.", "Sen.",
            "Rep.", "Gov.", "Pres.", "Rev.", "St.", "Sr.", "Jr.", "Mt.", "Ft.", "No.", "Vol.", "Gov't.");

    /** Letter-dot runs such as "U.S." or "J.": an abbreviation a splitter mistook for a sentence end. */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");

    private SentenceFilter() {
    }

    /** How fit {@code shown} (a sentence as it would appear) is to stand alone in a summary. */
    public static Suitability judge(String shown) {
        return judge(shown.strip(), Words.count(shown));
    }

    /** As {@link #judge(String)} for a stripped sentence whose word count is already known. */
    static Suitability judge(String s, int words) {
        if (words < MIN_WORDS || words > MAX_WORDS) {
            return Suitability.REJECTED;
        }
        String end = trimClosers(s);
        if (end.endsWith("?") || !(end.endsWith(".") || end.endsWith("!")) || end.endsWith("...")) {
            return Suitability.REJECTED;
        }
        if (isFurniture(s) || isQuoteFragment(s) || looksMissplit(s)) {
            return Suitability.REJECTED;
        }
        if (needsContext(s) || words > LONG_WORDS) {
            return Suitability.DISCOURAGED;
        }
        return Suitability.GOOD;
    }

    /**
     * Signs that a sentence splitter cut in the wrong place: the "sentence" starts in lower case (the tail of the
     * previous one), or ends on an abbreviation that normally precedes a name or noun ("Mr.", "Gen.", "U.S.").
     */
    static boolean looksMissplit(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        if (i < s.length() && Character.isLowerCase(s.charAt(i))) {
            return true;
        }
        return endsOnAbbreviation(s);
    }

    /**
     * Whether the text ends on an abbreviation that normally precedes a name ("Dr.", "U.S."): when a sentence
     * does, the splitter cut too early and the <em>next</em> "sentence" is the tail of this one
     * ("John Smith, director of the clinic."), so the summariser rejects that one too.
     */
    public static boolean endsOnAbbreviation(String text) {
        String s = text.strip();
        String last = s.substring(s.lastIndexOf(' ') + 1);
        return TITLE_ABBREVIATIONS.contains(last) || INITIALS.matcher(last).matches();
    }

    /**
     * Whether the sentence carries a link, an e-mail address, a copyright sign, a web prompt, a credit line, an
     * instruction to the reader about the page ("You can add location information to your Tweets"), or a
     * shouted editorial note ("FOR RELEASE FRIDAY NOV. 15 FILE").
     */
    static boolean isFurniture(String s) {
        if (s.indexOf('©') >= 0 || hasEmailAddress(s) || hasCapitalRun(s)
                || mayHavePhoneOrHiddenAddress(s) && PHONE_OR_HIDDEN_ADDRESS.matcher(s).find()) {
            return true;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (String phrase : FURNITURE) {
            if (containsWord(lower, phrase)) {
                return true;
            }
        }
        return addressesTheReaderAboutThePage(lower);
    }

    private static boolean addressesTheReaderAboutThePage(String lower) {
        if (lower.indexOf('"') >= 0 || lower.indexOf('“') >= 0 || lower.indexOf('`') >= 0) {
            return false; // "you" inside a quotation is someone speaking, not the page
        }
        if (!containsWord(lower, "you") && !containsWord(lower, "your")) {
            return false;
        }
        for (String word : lower.split("[^\\p{L}\\p{N}-]+")) {
            if (WEB_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Four or more words in a row written in capitals (two letters or more each). A plain scan: hot path. */
    private static boolean hasCapitalRun(String s) {
        int run = 0;
        int letters = 0;
        boolean allUpper = true;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || Character.isWhitespace(s.charAt(i))) {
                if (letters > 0 || i == s.length()) {
                    run = letters >= 2 && allUpper ? run + 1 : 0;
                    if (run >= 4) {
                        return true;
                    }
                }
                letters = 0;
                allUpper = true;
                continue;
            }
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                allUpper &= Character.isUpperCase(c);
            }
        }
        return false;
    }

    /**
     * A necessary condition for {@link #PHONE_OR_HIDDEN_ADDRESS}, much cheaper than the search it saves on almost
     * every sentence: a telephone number has ten ASCII digits, a hidden address contains "(at)" or "(AT)".
     */
    private static boolean mayHavePhoneOrHiddenAddress(String s) {
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' && ++digits >= 10) {
                return true;
            }
        }
        return s.contains("(at)") || s.contains("(AT)");
    }

    /** {@code phrase} occurs in {@code text} and is not part of a longer word. */
    private static boolean containsWord(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int after = at + phrase.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsWord = after == text.length() || !Character.isLetterOrDigit(text.charAt(after))
                    || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    /** Something like name@host.tld: non-space on both sides of an @, and a dot after it. */
    private static boolean hasEmailAddress(String s) {
        for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
            if (at > 0 && !Character.isWhitespace(s.charAt(at - 1))) {
                int end = at + 1;
                while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
                    end++;
                }
                int dot = s.indexOf('.', at + 2);
                if (end > at + 1 && dot > at + 1 && dot < end - 1) {
                    return true;
                }
            }
        }
        return false;
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
        // newswire typesetting writes quotes as `` and ''
        int ticksOpen = count(s, "``");
        int ticksClose = count(s, "''");
        if (straight % 2 != 0 || open != close || ticksOpen != ticksClose) {
            return true;
        }
        boolean opensWithQuote = s.startsWith("\"") || s.startsWith("“") || s.startsWith("``");
        return opensWithQuote && !ATTRIBUTION.matcher(s).find();
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int at = s.indexOf(what); at >= 0; at = s.indexOf(what, at + what.length())) {
            n++;
        }
        return n;
    }

    /**
     * Whether a sentence leans on a sentence the reader of a summary may not see: it opens with a pronoun or
     * connective ("He", "But", "However,"), or ends on an attribution to a pronoun (", they said.", "..., he
     * added."), whose speaker was named earlier in the article.
     */
    public static boolean needsContext(String shown) {
        String s = shown.strip();
        return startsDangling(s) || endsOnPronounAttribution(s);
    }

    /**
     * {@code PRONOUN_ATTRIBUTION.matcher(s).find()}, tried only where a match can start: every match begins with a
     * comma or a dash, so the pattern is matched from each of those (a handful per sentence) rather than searched
     * for at every character. {@code $} still means the end of the sentence, since each region runs to the end.
     */
    private static boolean endsOnPronounAttribution(String s) {
        Matcher m = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '\u2014') {
                m = m == null ? PRONOUN_ATTRIBUTION.matcher(s) : m;
                if (m.region(i, s.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
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
