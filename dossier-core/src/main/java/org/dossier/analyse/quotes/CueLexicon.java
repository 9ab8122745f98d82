package org.dossier.analyse.quotes;

import java.util.ArrayList;
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
            "writing", "announcing", "complaining", "warning", "has learned", "learned", "reports", "claims");

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
    private static final Pattern CUE;
    private static final Pattern ACCORDING = Pattern.compile("\\b[Aa]ccording\\s+to\\b");
    private static final Pattern LISTENER = Pattern.compile(
            "\\s+(?:reporters|journalists|supporters|lawmakers|the\\s+crowd|me|him|her|them|us"
                    + "|(?:the\\s+|an?\\s+)?(?:[A-Z][\\p{L}.'\u2019&-]*\\s*){1,4}"
                    + "|(?:the|an?)\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?)");

    static {
        List<String> sorted = new ArrayList<>(VERBS);
        sorted.sort((a, b) -> b.length() - a.length()); // longest first: "told reporters" before "told"
        StringBuilder alt = new StringBuilder();
        for (String v : sorted) {
            if (alt.length() > 0) {
                alt.append('|');
            }
            alt.append(v.replace(" ", "\\s+"));
        }
        CUE = Pattern.compile("(?<![\\p{L}'\u2019-])(?:also\\s+|later\\s+|then\\s+)?(" + alt + ")(?![\\p{L}'\u2019-])");
    }

    private CueLexicon() {
    }

    /** Every cue in {@code text[from, to)}, in order: "according to" and the reporting verbs. */
    static List<TextSpan> find(String text, int from, int to) {
        List<TextSpan> out = new ArrayList<>();
        Matcher a = ACCORDING.matcher(text).region(from, to);
        while (a.find()) {
            out.add(TextSpan.of(text, a.start(), a.end()));
        }
        Matcher m = CUE.matcher(text).region(from, to);
        while (m.find()) {
            out.add(TextSpan.of(text, m.start(1), m.end(1)));
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
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
