package org.dossier.analyse.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Cuts text into lower-case alphanumeric tokens, the raw material of every term-based comparison in Dossier.
 *
 * <p>A token is a maximal run of letters and digits. Punctuation, including apostrophes and hyphens, separates
 * tokens, so {@code "90-minute"} gives {@code 90} and {@code minute}: that is what lets "a 90-minute meeting"
 * match "met for 90 minutes". Numbers are kept because in news they are facts ("35 minutes", "2015"); a comma or
 * dot between two digits is part of the number, so {@code "1,200"} becomes the single token {@code 1200} and
 * {@code "3.5"} stays {@code 3.5}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ContentTokenizer {

    /** The tokens of {@code text}, lower-cased, in reading order. */
    public List<String> tokens(String text) {
        List<String> out = new ArrayList<>(text.length() / 4 + 4); // about one token per four characters
        tokens(text, out::add);
        return out;
    }

    /**
     * Hands each token of {@code text} to {@code sink}, in reading order, without collecting them: the form the
     * hot paths use ({@link TermAnalyzer}, {@link ClusterTerms}). A token is built in a char array rather than a
     * {@code StringBuilder}: this loop runs over every character of every article.
     */
    public void tokens(String text, Consumer<String> sink) {
        int n = text.length();
        char[] token = new char[32];
        int length = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean letterOrDigit = Character.isLetterOrDigit(c);
            if (letterOrDigit || c == '.' && isDigitAt(text, i - 1) && isDigitAt(text, i + 1)) {
                if (length == token.length) {
                    token = Arrays.copyOf(token, 2 * length);
                }
                token[length++] = letterOrDigit ? Character.toLowerCase(c) : c; // "3.5" keeps its decimal point
            } else if (c == ',' && isDigitAt(text, i - 1) && isDigitAt(text, i + 1)) {
                // thousands separator: "1,200" is one number, and the comma is noise
                continue;
            } else if (length > 0) {
                sink.accept(new String(token, 0, length));
                length = 0;
            }
        }
        if (length > 0) {
            sink.accept(new String(token, 0, length));
        }
    }

    private static boolean isDigitAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isDigit(text.charAt(i));
    }
}
