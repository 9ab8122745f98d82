package org.dossier.analyse.terms;

import java.util.ArrayList;
import java.util.List;

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
        List<String> out = new ArrayList<>(text.length() / 5 + 4); // about one token per five characters
        StringBuilder token = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                token.append(Character.toLowerCase(c));
            } else if (c == ',' && isDigitAt(text, i - 1) && isDigitAt(text, i + 1)) {
                // thousands separator: "1,200" is one number, and the comma is noise
                continue;
            } else if (c == '.' && isDigitAt(text, i - 1) && isDigitAt(text, i + 1)) {
                token.append(c);
            } else if (token.length() > 0) {
                out.add(token.toString());
                token.setLength(0);
            }
        }
        if (token.length() > 0) {
            out.add(token.toString());
        }
        return out;
    }

    private static boolean isDigitAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isDigit(text.charAt(i));
    }
}
