package org.dossier.analyse.terms;

import java.util.function.UnaryOperator;

/**
 * A small, conservative suffix stripper: enough to make "minutes" meet "minute", "talks" meet "talked" and
 * "meeting" meet "meet", without the full Porter rule set.
 *
 * <p>It is a stand-in: stemmers are injected as {@code UnaryOperator<String>} (see {@link TermAnalyzer}), so a
 * fuller stemmer can replace this one without touching its callers. The rules, applied to lower-case tokens:
 * <ol>
 *   <li>plurals and third person: {@code -ies -> -y}, {@code -sses -> -ss}, {@code -es} after s/x/z/ch/sh,
 *       otherwise a final {@code -s} unless the word ends in {@code -ss}, {@code -us} or {@code -is};</li>
 *   <li>{@code -ing} and {@code -ed} when a vowel remains before them ("meeting" -> "meet", but "bring" stays);
 *       {@code -eed} only loses its d ("agreed" -> "agree"); a doubled final consonant is undoubled
 *       ("planned" -> "plan");</li>
 *   <li>a final silent {@code e} is dropped, so "believe", "believed" and "believing" all give "believ".</li>
 * </ol>
 * Numbers and words of three letters or fewer are returned unchanged.
 */
public final class LightStemmer implements UnaryOperator<String> {

    /** Shared instance; the stemmer holds no state. */
    public static final LightStemmer INSTANCE = new LightStemmer();

    @Override
    public String apply(String word) {
        return stem(word);
    }

    /** The stem of a lower-case token. */
    public static String stem(String word) {
        if (word.length() <= 3 || !Character.isLetter(word.charAt(0))) {
            return word;
        }
        String w = stripPlural(word);
        w = stripVerbEnding(w);
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String stripPlural(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("es") && (w.endsWith("xes") || w.endsWith("zes") || w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String stripVerbEnding(String w) {
        if (w.endsWith("eed")) {
            return w.length() > 4 ? w.substring(0, w.length() - 1) : w;
        }
        String stem = null;
        if (w.endsWith("ing") && w.length() > 5) {
            stem = w.substring(0, w.length() - 3);
        } else if (w.endsWith("ed") && w.length() > 4) {
            stem = w.substring(0, w.length() - 2);
        }
        if (stem == null || !hasVowel(stem)) {
            return w;
        }
        int n = stem.length();
        if (n >= 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && isUndoubled(stem.charAt(n - 1))) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }

    private static boolean isUndoubled(char c) {
        // "spelled" keeps its ll, "missed" its ss, "buzzed" its zz: those doubles belong to the word itself
        return !isVowel(c) && c != 'l' && c != 's' && c != 'z';
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isVowel(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
