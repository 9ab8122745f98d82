package org.dossier.compare;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A small hand-built list of the words outlets use to characterise a meeting, each with its {@link Tone} and one
 * spelling that stands for its variants ("business-like" and "businesslike" are one word).
 *
 * <p>It is deliberately short: only words that, applied to talks or a meeting, say how they went. Words that are
 * evaluative elsewhere but ambiguous here ("sharp", "cool", "long", "serious", "direct talks" that are
 * face to face, "open talks" that are public) are left out, because a wrong
 * "conflicting" verdict costs more reader trust than a missed one.
 */
final class EvaluativeLexicon {
    private static final Map<String, Entry> WORDS = new HashMap<>();

    /** A characterising word: the spelling that stands for its variants, and its tone. */
    record Entry(String lemma, Tone tone) {
    }

    static {
        positive("constructive", "productive", "positive", "useful", "fruitful", "successful", "good", "excellent",
                "cordial", "friendly", "warm", "amicable", "substantive", "meaningful", "encouraging", "promising",
                "helpful", "pragmatic", "focused", "focussed", "respectful", "honest", "cooperative",
                "co-operative", "upbeat");
        guarded("frank", "candid", "blunt", "businesslike", "business-like", "workmanlike", "intense",
                "forthright", "straightforward", "sober");
        negative("tense", "difficult", "tough", "strained", "frosty", "cold", "icy", "chilly", "hostile",
                "acrimonious", "heated", "stormy", "testy", "combative", "confrontational", "unproductive",
                "fruitless", "disappointing", "inconclusive", "awkward", "uncomfortable", "fraught", "rocky",
                "bitter", "angry", "fractious", "bad-tempered", "unfriendly", "unsuccessful");
    }

    private EvaluativeLexicon() {
    }

    private static void positive(String... words) {
        add(Tone.POSITIVE, words);
    }

    private static void guarded(String... words) {
        add(Tone.GUARDED, words);
    }

    private static void negative(String... words) {
        add(Tone.NEGATIVE, words);
    }

    private static void add(Tone tone, String... words) {
        for (String w : words) {
            WORDS.put(w, new Entry(lemma(w), tone));
        }
    }

    /** One spelling for variants: no hyphen, British "focussed" as "focused". */
    private static String lemma(String word) {
        String w = word.replace("-", "");
        return w.equals("focussed") ? "focused" : w;
    }

    /**
     * Whether some word of {@code lower} (a lower-cased text) is in the list: a single pass over the text, so
     * that sentences without one are dismissed before any parsing.
     */
    static boolean anyIn(String lower) {
        int i = 0;
        int n = lower.length();
        while (i < n) {
            while (i < n && !Character.isLetter(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetter(lower.charAt(i)) || lower.charAt(i) == '-')) {
                i++;
            }
            if (i > start && WORDS.containsKey(lower.substring(start, i))) {
                return true;
            }
        }
        return false;
    }

    /** The entry for {@code word} (any case, straight or curly apostrophes), or {@code null}. */
    static Entry lookup(String word) {
        return WORDS.get(word.toLowerCase(Locale.ROOT));
    }
}
