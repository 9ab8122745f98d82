package org.dossier.analyse;

/** Case conversions for names written in capitals ("JOHN SMITH" in a byline or a transcript label). */
public final class Capitalisation {
    private Capitalisation() {
    }

    /**
     * {@code name} with every letter lower-cased except the first of each word, where a word starts after any
     * non-letter: "JEAN-PAUL O'NEIL" becomes "Jean-Paul O'Neil". Letters already lower-case stay so.
     */
    public static String titleCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }
}
