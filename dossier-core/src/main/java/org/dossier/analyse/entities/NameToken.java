package org.dossier.analyse.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 */
record NameToken(String text, int start, int end, boolean word, boolean capitalised, boolean acronym,
                 boolean possessive) {

    /** Dotted capitals (U.N., J.R.), words with inner hyphens or apostrophes, numbers, or one other character. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"
                    + "|\\p{L}[\\p{L}\\p{M}\\p{Nd}]*(?:[-'’]\\p{L}[\\p{L}\\p{M}\\p{Nd}]*)*['’]?"
                    + "|\\p{Nd}+(?:[.,]\\p{Nd}+)*"
                    + "|\\S");

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
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            String t = m.group();
            boolean letterFirst = Character.isLetter(t.charAt(0));
            // Keep the full stop of an abbreviation or an initial: "Dr.", "Gen.", "Corp.", "J." before a name.
            if (letterFirst && e < sentence.length() && sentence.charAt(e) == '.'
                    && (isSingleCapital(t) || lexicon.isAbbreviation(t + "."))) {
                e++;
                t = t + ".";
            }
            boolean possessive = false;
            if (letterFirst && t.length() > 2 && (t.endsWith("'s") || t.endsWith("’s"))) {
                possessive = true;
                t = t.substring(0, t.length() - 2);
                e -= 2;
            }
            boolean dotted = t.length() >= 4 && t.endsWith(".") && t.chars().filter(c -> c == '.').count() >= 2
                    && t.replace(".", "").chars().allMatch(Character::isUpperCase);
            boolean caps = letterFirst && !dotted && t.length() >= 2 && t.length() <= 6
                    && t.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                    && t.chars().anyMatch(Character::isLetter);
            raw.add(new NameToken(t, offset + s, offset + e, letterFirst,
                    letterFirst && Character.isUpperCase(t.charAt(0)), dotted || caps, possessive));
        }
        return titleCaseShouting(raw, lexicon);
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
            while (j < out.size() && out.get(j).word && allCapitals(out.get(j).text)
                    && lexicon.aliasGroup(out.get(j).text) == null && !out.get(j).text.contains(".")) {
                j++;
            }
            if (j - i >= 2) {
                for (int k = i; k < j; k++) {
                    NameToken t = out.get(k);
                    String tc = t.text.charAt(0) + t.text.substring(1).toLowerCase(Locale.ROOT);
                    out.set(k, new NameToken(tc, t.start, t.end, true, true, false, t.possessive));
                }
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    private static boolean allCapitals(String t) {
        return t.length() >= 2 && t.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
