package org.dossier.analyse.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word or punctuation mark of a sentence, with what the name finder needs to know about it.
 *
 * @param text        the word as it should appear in a name: a possessive "'s" removed, a word written in
 *                    capitals ("PORT ESSLING") title-cased
 * @param start       offset in the article text
 * @param end         offset just past the word in the article text (before any possessive "'s")
 * @param word        whether it is a word (starts with a letter) rather than a number or punctuation
 * @param capitalised whether it starts with a capital letter
 * @param acronym     whether it is an acronym: two to six capitals ("UN", "NATO") or dotted ("U.N.")
 * @param possessive  whether the page wrote it with a possessive "'s" ("Calvara's")
 * @param index       position of the token in its sentence's token list
 */
record NameToken(String text, int start, int end, boolean word, boolean capitalised, boolean acronym,
                 boolean possessive, int index) {

    /** Whether the token is exactly {@code s}, ignoring case. */
    boolean is(String s) {
        return text.equalsIgnoreCase(s);
    }

    /** Whether the word starts with a lower-case letter. */
    boolean lowerCase() {
        return word && Character.isLowerCase(text.charAt(0));
    }

    /**
     * Splits one sentence into tokens. {@code offset} is the sentence's start in the article text, so that the
     * tokens carry article offsets; {@code lexicon} says which abbreviations keep their full stop ("Dr.").
     */
    static List<NameToken> tokenize(String sentence, int offset, Lexicon lexicon) {
        List<NameToken> raw = new ArrayList<>();
        int n = sentence.length();
        int i = 0;
        boolean shouting = false;
        while (i < n) {
            char c = sentence.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int s = i;
            int e = scan(sentence, i);
            String t = sentence.substring(s, e);
            boolean letterFirst = Character.isLetter(c);
            // Keep the full stop of an abbreviation or an initial: "Dr.", "Gen.", "Corp.", "J." before a name.
            if (letterFirst && e < n && sentence.charAt(e) == '.' && !t.endsWith(".")
                    && (isSingleCapital(t) || lexicon.isAbbreviation(t + "."))) {
                e++;
                t = t + ".";
            }
            int next = e; // the possessive "'s" is dropped from the token but not scanned again
            boolean possessive = false;
            if (letterFirst && t.length() > 2 && (t.endsWith("'s") || t.endsWith("’s"))) {
                possessive = true;
                t = t.substring(0, t.length() - 2);
                e -= 2;
            }
            boolean capitalised = letterFirst && Character.isUpperCase(c);
            boolean dotted = capitalised && t.length() >= 4 && t.charAt(1) == '.' && t.endsWith(".");
            boolean caps = capitalised && !dotted && t.length() >= 2 && t.length() <= 6 && allCapitals(t);
            shouting |= capitalised && !dotted && t.length() >= 2 && allCapitals(t);
            raw.add(new NameToken(t, offset + s, offset + e, letterFirst, capitalised, dotted || caps, possessive,
                    raw.size()));
            i = Math.max(next, s + 1);
        }
        return shouting ? titleCaseShouting(raw, lexicon) : raw;
    }

    /**
     * The end of the token starting at {@code i}: dotted capitals (U.N., J.R.), a word with inner hyphens or
     * apostrophes and perhaps a trailing one ("Fishers'"), a number with its separators, or one other character.
     */
    private static int scan(String text, int i) {
        int n = text.length();
        char c = text.charAt(i);
        if (Character.isUpperCase(c) && i + 3 < n && text.charAt(i + 1) == '.'
                && Character.isUpperCase(text.charAt(i + 2)) && text.charAt(i + 3) == '.') {
            int j = i;
            while (j + 1 < n && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.') {
                j += 2;
            }
            return j;
        }
        if (Character.isLetter(c)) {
            int j = wordEnd(text, i + 1);
            while (j + 1 < n && isJoiner(text.charAt(j)) && Character.isLetterOrDigit(text.charAt(j + 1))) {
                j = wordEnd(text, j + 1);
            }
            if (j < n && (text.charAt(j) == '\'' || text.charAt(j) == '’')
                    && (j + 1 == n || !Character.isLetter(text.charAt(j + 1)))) {
                j++;
            }
            return j;
        }
        if (Character.isDigit(c)) {
            int j = i + 1;
            while (j < n && (Character.isDigit(text.charAt(j)) || (text.charAt(j) == '.' || text.charAt(j) == ',')
                    && j + 1 < n && Character.isDigit(text.charAt(j + 1)))) {
                j++;
            }
            return j;
        }
        return Character.isHighSurrogate(c) && i + 1 < n ? i + 2 : i + 1;
    }

    private static int wordEnd(String text, int j) {
        while (j < text.length()) {
            char c = text.charAt(j);
            if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                break;
            }
            j++;
        }
        return j;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’';
    }

    private static boolean isSingleCapital(String t) {
        return t.length() == 1 && Character.isUpperCase(t.charAt(0));
    }

    /**
     * Runs of two or more words in capitals ("PORT ESSLING —", a dateline) are shouting, not acronyms: they are
     * title-cased so that they read as one name. Acronyms the alias table knows stay as they are.
     */
    private static List<NameToken> titleCaseShouting(List<NameToken> tokens, Lexicon lexicon) {
        List<NameToken> out = new ArrayList<>(tokens);
        int i = 0;
        while (i < out.size()) {
            int j = i;
            while (j < out.size() && out.get(j).capitalised && allCapitals(out.get(j).text)
                    && lexicon.aliasGroup(out.get(j).text) == null && !out.get(j).text.contains(".")) {
                j++;
            }
            if (j - i >= 2) {
                for (int k = i; k < j; k++) {
                    NameToken t = out.get(k);
                    String tc = t.text.charAt(0) + t.text.substring(1).toLowerCase(Locale.ROOT);
                    out.set(k, new NameToken(tc, t.start, t.end, true, true, false, t.possessive, t.index));
                }
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    private static boolean allCapitals(String t) {
        if (t.length() < 2) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }
}
