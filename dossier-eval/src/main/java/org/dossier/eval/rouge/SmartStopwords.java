package org.dossier.eval.rouge;

import java.util.HashSet;
import java.util.Set;

/**
 * The SMART stopword list that ROUGE-1.5.5 removes with its {@code -s} option: about 600 function words
 * ("the", "which", "however") plus a few newswire fillers such as agency names and month abbreviations.
 *
 * <p>Shipped as the resource {@code smart_common_words.txt} and read once, on first use.
 */
public final class SmartStopwords {
    private SmartStopwords() {
    }

    /** Whether ROUGE treats this lower-case token as a stopword. */
    public static boolean contains(String lowerCaseToken) {
        return Holder.WORDS.contains(lowerCaseToken);
    }

    /** How many stopwords the list holds. */
    public static int size() {
        return Holder.WORDS.size();
    }

    private static final class Holder {
        static final Set<String> WORDS = Set.copyOf(new HashSet<>(ResourceWords.lines("smart_common_words.txt")));
    }
}
