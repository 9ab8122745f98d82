package org.dossier.analyse.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words with which news prose reports speech: "said", "told reporters", "according to".
 *
 * <p>The lexicon is the team's own list of English reporting verbs in the forms news uses (past tense above all,
 * the present in headlines and for columnists, "-ing" for clauses like "arguing that ..."). A cue is only a cue in
 * lower case, so "Said" as a name and "States" in "United States" never match; the few ambiguous forms that are
 * also common nouns ("reports", "claims") are left out. After the verb the cue swallows time words that belong to
 * it ("said Thursday morning", "said on Monday") and, for verbs that take a listener ("told reporters",
 * "told the Courier"), the listener too, so that what follows the cue is what was said.
 */
final class CueLexicon {
    /** Verbs that introduce both quotations and reported clauses. */
    private static final List<String> VERBS = List.of(
            "said", "says", "say", "saying", "told", "tells", "telling", "added", "adds", "adding",
            "noted", "notes", "noting", "argued", "argues", "arguing", "stated", "explained", "explains",
            "insisted", "insists", "stressed", "stresses", "warned", "warns", "wrote", "writes", "declared",
            "acknowledged", "acknowledges", "admitted", "admits", "announced", "announces", "asked", "asks",
            "replied", "responded", "continued", "recalled", "suggested", "suggests", "reported", "believes",
            "believed", "thinks", "contended", "contends", "maintained", "maintains", "asserted", "asserts",
            "predicted", "predicts", "promised", "vowed", "denied", "denies", "confirmed", "confirms", "tweeted",
            "emphasized", "emphasised", "cautioned", "complained", "conceded", "observed", "remarked", "joked",
            "quipped", "boasted", "countered", "charged", "alleged", "alleges", "estimated", "concluded",
            "agreed", "pointed out", "points out", "told reporters", "has said", "has argued", "has claimed",
            "claimed", "claiming", "wondered", "urged", "acknowledging", "explaining", "declaring", "insisting",
            "writing", "announcing", "complaining", "warning", "has learned", "learned", "reports", "claims",
            // verbs of asking, urging, judging and believing, which news attributes the same way
            "urged", "urges", "called for", "calls for", "called on", "calls on", "accused", "accuses",
            "criticized", "criticised", "criticizes", "praised", "blamed", "blames", "dismissed", "questioned",
            "defended", "rejected", "described", "describes", "decried", "condemned", "touted", "pledged",
            "revealed", "disclosed", "indicated", "mentioned", "cited", "feared", "fears", "worried", "worries",
            "demanded", "demands", "requested", "endorsed", "found", "finds", "showed", "shows", "suggest",
            "argue", "believe", "think", "thought", "know", "knows", "knew", "expect", "expects", "expected",
            "hope", "hopes", "hoped", "want", "wants", "wanted", "insist", "warn", "claim", "deny", "admit",
            "acknowledge", "predict", "promise", "promises", "vow", "vows", "proposed", "proposes",
            "estimates", "concedes", "tweets", "declares", "recommended", "announce", "pushed for",
            "complains", "explain", "emphasize", "emphasizes", "stressing", "noting that", "called", "calls",
            "calling", "calling for", "echoed", "attacked", "blasted", "citing", "promising", "cited",
            "pointed to", "argue that");

    /** Verbs after which a listener may stand before the words: "told reporters", "warned lawmakers". */
    private static final Set<String> TAKES_LISTENER = Set.of("told", "tells", "telling", "asked", "asks",
            "warned", "warns", "urged", "assured", "reminded");

    /** Forms that are nouns as often as verbs: accepted only right after a capitalised name ("The Post reports"). */
    static final Set<String> NOUN_LIKE = Set.of("reports", "claims", "notes", "says", "learned");

    private static final String TIME = "(?:\\s+(?:on\\s+|late\\s+|early\\s+|last\\s+|this\\s+)?(?:Monday|Tuesday"
            + "|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|morning|afternoon|evening"
            + "|night|week|earlier|later|again|recently|previously|publicly|privately|repeatedly|also|then"
            + "|in\\s+a\\s+statement|in\\s+an\\s+interview|in\\s+an\\s+email|in\\s+a\\s+speech))*";

    private static final Pattern TIME_WORDS = Pattern.compile(TIME);
    /** The cues by their first word; each entry lists the words that must follow (longest first). */
    private static final Map<String, List<String[]>> BY_FIRST_WORD = new HashMap<>();
    private static final Pattern ACCORDING = Pattern.compile("[Aa]ccording\\s+to\\b");
    private static final Pattern LISTENER = Pattern.compile(
            "\\s+(?:reporters|journalists|supporters|lawmakers|the\\s+crowd|me|him|her|them|us"
                    + "|(?:the\\s+|an?\\s+)?(?:[A-Z][\\p{L}.'\u2019&-]*\\s*){1,4}(?:\\p{Ll}+s(?!\\p{L}))?"
                    + "|(?:the|an?)\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?)");

    static {
        for (String v : VERBS) {
            String[] words = v.split(" ");
            BY_FIRST_WORD.computeIfAbsent(words[0], k -> new ArrayList<>())
                    .add(Arrays.copyOfRange(words, 1, words.length));
        }
        for (List<String[]> continuations : BY_FIRST_WORD.values()) {
            continuations.sort((a, b) -> b.length - a.length); // "told reporters" before "told"
        }
    }

    private CueLexicon() {
    }

    /**
     * Every cue in {@code text[from, to)}, in order: "according to" and the reporting verbs. One pass over the
     * words with a hash lookup each, because this runs over every sentence of every article.
     */
    static List<TextSpan> find(String text, int from, int to) {
        List<TextSpan> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int j = wordEnd(text, i, to);
            if (i > from && isWordChar(text.charAt(i - 1))) {
                i = j;
                continue;
            }
            String word = text.substring(i, j);
            if (word.equals("according") || word.equals("According")) {
                Matcher a = ACCORDING.matcher(text).region(i, to);
                if (a.lookingAt()) {
                    out.add(TextSpan.of(text, i, a.end()));
                }
            } else {
                List<String[]> continuations = BY_FIRST_WORD.get(word);
                if (continuations == null && looksLikeVerbBeforeThat(text, word, j, to)) {
                    out.add(TextSpan.of(text, i, j)); // "X concluded that ...": any finite verb taking "that"
                } else if (continuations != null) {
                    for (String[] rest : continuations) {
                        int end = follows(text, j, to, rest);
                        if (end >= 0) {
                            out.add(TextSpan.of(text, i, end));
                            break;
                        }
                    }
                }
            }
            i = j;
        }
        return out;
    }

    /**
     * A verb outside the lexicon that introduces a "that" clause ("the memo concluded that", "she hinted that"):
     * a lower-case word of four letters or more ending in "-ed" or "-s", followed by "that". Whether a speaker
     * stands before it is checked by the parser, as for every cue.
     */
    private static boolean looksLikeVerbBeforeThat(String text, String word, int end, int to) {
        if (word.length() < 4 || !Character.isLowerCase(word.charAt(0))
                || !(word.endsWith("ed") || (word.endsWith("s") && !word.endsWith("ss")))) {
            return false;
        }
        int k = end;
        while (k < to && text.charAt(k) == ' ') {
            k++;
        }
        return k > end && text.startsWith("that ", k) && k + 5 <= to;
    }

    /** End of the words {@code rest} right after {@code at} (separated by whitespace), or -1. */
    private static int follows(String text, int at, int to, String[] rest) {
        int i = at;
        for (String w : rest) {
            int k = i;
            while (k < to && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k == i || !text.startsWith(w, k) || k + w.length() > to) {
                return -1;
            }
            int e = k + w.length();
            if (e < to && isWordChar(text.charAt(e))) {
                return -1;
            }
            i = e;
        }
        return i;
    }

    private static int wordEnd(String text, int i, int to) {
        int j = i;
        while (j < to && isWordChar(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '\u2019' || c == '-';
    }

    /** True when the cue is "according to", whose speaker follows it and whose words stand around it. */
    static boolean isAccording(TextSpan cue) {
        return cue.text().regionMatches(true, 0, "according", 0, 9);
    }

    /** The verb of the cue, lower case, spaces normalised ("told reporters" -> "told"). */
    static String verb(TextSpan cue) {
        String t = cue.text().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        int space = t.indexOf(' ');
        return t.startsWith("has ") || t.startsWith("pointed") || t.startsWith("points") ? t
                : space < 0 ? t : t.substring(0, space);
    }

    /**
     * The cue extended over what belongs to it in {@code text[cue.end, limit)}: time words and, for verbs that
     * take one, a listener. Returns the end offset of the extended cue.
     */
    static int extend(String text, TextSpan cue, int limit, boolean allowListener) {
        int end = cue.end();
        Matcher t = TIME_WORDS.matcher(text).region(end, limit);
        if (t.lookingAt()) {
            end = t.end();
        }
        if (allowListener && TAKES_LISTENER.contains(verb(cue))) {
            Matcher l = LISTENER.matcher(text).region(end, limit);
            if (l.lookingAt()) {
                end = l.end();
                while (end > cue.end() && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                Matcher t2 = TIME_WORDS.matcher(text).region(end, limit);
                if (t2.lookingAt()) {
                    end = t2.end();
                }
            }
        }
        return end;
    }
}
