package org.dossier.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.model.Citation;
import org.dossier.model.Sentence;

/**
 * Reads the words a sentence uses to characterise the meeting: "the talks were constructive", "officials
 * described the meeting as productive and business-like", "calling the exchange 'focused' and 'businesslike'",
 * "their 'frank' first talks", "a tense meeting".
 *
 * <p>A word of the {@link EvaluativeLexicon} counts only in a characterising position next to a meeting noun
 * ({@link #TARGETS}):
 * <ul>
 *   <li><b>before the noun</b>, with at most two modifiers between ("frank first talks", "tense 90-minute
 *       meeting");</li>
 *   <li><b>after a link</b> that starts right behind the noun's phrase: a copula ("the talks with X were
 *       constructive"), or, when "call"/"describe" comes before the noun, the noun itself or "as" ("called the
 *       meeting 'constructive'", "described the meeting, the first in two years, as productive").</li>
 * </ul>
 * A coordinated list ("very constructive, business-like and frank") yields every word; a negated word ("not
 * productive") none. Anything looser would read "the meeting was held after a difficult week" as a
 * characterisation.
 */
final class CharacterisationReader {
    /** Nouns whose characterisation is compared: the meeting itself, in its usual names. */
    static final Set<String> TARGETS = Set.of("meeting", "meetings", "talks", "talk", "discussion", "discussions",
            "exchange", "exchanges", "conversation", "conversations", "session", "encounter", "summit",
            "negotiations", "call", "dialogue", "atmosphere", "tone", "huddle");
    private static final Set<String> COPULAS = Set.of("was", "were", "is", "are", "been", "be", "being", "seemed",
            "appeared", "remained", "proved", "looked", "sounded");
    private static final Set<String> NAMING_VERBS = Set.of("call", "calls", "called", "calling", "describe",
            "describes", "described", "describing", "termed", "labelled", "labeled", "branded", "characterised",
            "characterized", "characterising", "characterizing", "hailed", "deemed");
    private static final Set<String> INTENSIFIERS = Set.of("very", "quite", "extremely", "largely", "mostly",
            "broadly", "generally", "highly", "rather", "fairly", "really", "both", "deeply", "particularly",
            "so", "too", "most", "more", "somewhat", "surprisingly", "unusually", "remarkably");
    private static final Set<String> LIST_JOINERS = Set.of("and", "but", "yet", "though", "if", "or", "and,");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "hardly", "n't", "scarcely", "no",
            "less", "anything");
    /** How many words a characterising verb may stand before the noun ("called their 90-minute meeting"). */
    private static final int NAMING_REACH = 5;
    /** How many words the noun may stand before its copula ("the talks with President Obama were"). */
    private static final int COPULA_REACH = 6;
    /** How many words an appositive may hold before "as" ("the meeting, the first in two years, as"). */
    private static final int AS_REACH = 16;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'’-]*|[,;:.!?()\\[\\]—–]");

    /** One characterising word found in a sentence. */
    record Found(String word, EvaluativeLexicon.Entry entry, String noun) {
    }

    /** The characterising words of {@code sentence}, as observations on {@code occasion}. */
    List<Characterisation> read(Sentence sentence, int occasion) {
        List<Characterisation> out = new ArrayList<>(2);
        Citation citation = new Citation(sentence.articleIndex() + 1, sentence.index(), sentence.text());
        for (Found f : find(sentence.text())) {
            out.add(new Characterisation(occasion, f.noun(), f.entry().lemma(), f.entry().tone(), f.word(),
                    citation));
        }
        return out;
    }

    /** The characterising words of {@code text}, each once. */
    List<Found> find(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        List<Found> out = new ArrayList<>(2);
        boolean[] taken = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            if (!TARGETS.contains(lower(tokens.get(i)))) {
                continue;
            }
            String noun = lower(tokens.get(i));
            prenominal(tokens, i, noun, taken, out);
            int listStart = predicativeStart(tokens, i);
            if (listStart >= 0) {
                readList(tokens, listStart, noun, taken, out);
            }
        }
        return out;
    }

    /** "frank first talks", "a tense meeting": an evaluative word at most two modifiers before the noun. */
    private static void prenominal(List<String> tokens, int noun, String nounWord, boolean[] taken,
                                   List<Found> out) {
        for (int j = noun - 1; j >= Math.max(0, noun - 3); j--) {
            String t = tokens.get(j);
            EvaluativeLexicon.Entry e = EvaluativeLexicon.lookup(t);
            if (e != null) {
                if (!negated(tokens, j) && !taken[j]) {
                    taken[j] = true;
                    out.add(new Found(t, e, nounWord));
                }
                return;
            }
            if (!isModifier(t)) {
                return;
            }
        }
    }

    /** A word that may stand between an adjective and its noun: "first", "90-minute", "bilateral". */
    private static boolean isModifier(String t) {
        String l = lower(t);
        return l.equals("first") || l.equals("second") || l.equals("bilateral") || l.equals("formal")
                || l.equals("informal") || l.equals("private") || l.equals("closed-door") || l.equals("one-on-one")
                || l.equals("face-to-face") || l.equals("opening") || l.equals("final") || l.equals("latest")
                || l.equals("two-day") || l.chars().anyMatch(Character::isDigit);
    }

    /**
     * Where a predicative list for the noun at {@code noun} starts, or -1: after a copula a few words on, after
     * the noun itself or an "as" when a naming verb comes before it.
     */
    private static int predicativeStart(List<String> tokens, int noun) {
        boolean named = false;
        for (int j = noun - 1; j >= Math.max(0, noun - NAMING_REACH); j--) {
            if (NAMING_VERBS.contains(lower(tokens.get(j)))) {
                named = true;
                break;
            }
            if (isClauseBreak(tokens.get(j))) {
                break;
            }
        }
        if (named) {
            int next = skipFillers(tokens, noun + 1);
            if (next < tokens.size() && EvaluativeLexicon.lookup(tokens.get(next)) != null) {
                return next; // called the meeting "constructive"
            }
            for (int j = noun + 1; j < Math.min(tokens.size(), noun + AS_REACH); j++) {
                String t = lower(tokens.get(j));
                if (t.equals(";") || t.equals(".")) {
                    break;
                }
                if (t.equals("as")) {
                    return skipFillers(tokens, j + 1); // described the meeting, ..., as productive
                }
            }
        }
        for (int j = noun + 1; j < Math.min(tokens.size(), noun + COPULA_REACH); j++) {
            String t = lower(tokens.get(j));
            if (isClauseBreak(tokens.get(j)) || TARGETS.contains(t)) {
                break;
            }
            if (COPULAS.contains(t)) {
                int k = j + 1;
                if (k < tokens.size() && (lower(tokens.get(k)).equals("described") || lower(tokens.get(k))
                        .equals("called"))) {
                    k++; // "were described as"
                    if (k < tokens.size() && lower(tokens.get(k)).equals("as")) {
                        k++;
                    }
                }
                return skipFillers(tokens, k);
            }
        }
        return -1;
    }

    private static boolean isClauseBreak(String t) {
        return t.equals(";") || t.equals(".") || t.equals(":") || t.equals("—") || t.equals("–") || t.equals("(");
    }

    /** Skips intensifiers and commas: "very", "quite", ",". */
    private static int skipFillers(List<String> tokens, int from) {
        int k = from;
        while (k < tokens.size() && (INTENSIFIERS.contains(lower(tokens.get(k))) || tokens.get(k).equals(","))) {
            k++;
        }
        return k;
    }

    /** Reads "constructive, business-like and frank" from {@code start}: every listed evaluative word. */
    private static void readList(List<String> tokens, int start, String noun, boolean[] taken, List<Found> out) {
        int k = start;
        while (k < tokens.size()) {
            EvaluativeLexicon.Entry e = EvaluativeLexicon.lookup(tokens.get(k));
            if (e == null) {
                return;
            }
            if (!negated(tokens, k) && !taken[k]) {
                taken[k] = true;
                out.add(new Found(tokens.get(k), e, noun));
            }
            k++;
            while (k < tokens.size() && (tokens.get(k).equals(",") || LIST_JOINERS.contains(lower(tokens.get(k)))
                    || INTENSIFIERS.contains(lower(tokens.get(k))))) {
                k++;
            }
        }
    }

    private static boolean negated(List<String> tokens, int at) {
        for (int j = at - 1; j >= Math.max(0, at - 2); j--) {
            String t = lower(tokens.get(j));
            if (NEGATIONS.contains(t) || t.endsWith("n't") || t.endsWith("n’t")) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String t) {
        return t.toLowerCase(Locale.ROOT);
    }
}
