package org.dossier.model;

/** Word counting as the word budget understands it: whitespace-separated tokens. */
public final class Words {
    private Words() {
    }

    /** The number of whitespace-separated tokens in {@code text}. */
    public static int count(CharSequence text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }
}
