package org.dossier.analyse;

import java.util.Locale;
import java.util.Set;

/**
 * What the sentence splitter knows about words followed by a period that may not end a sentence.
 *
 * <p>News text uses three kinds of such words, and each needs a different test:
 * <ul>
 *   <li><b>Titles</b> such as {@code Mr.}, {@code Dr.} or {@code Sen.} always come before a name, so the period
 *       after them never ends a sentence.</li>
 *   <li><b>Abbreviations that may end a sentence</b>, such as {@code Inc.}, {@code etc.}, {@code U.S.},
 *       {@code a.m.} or a state in a dateline ({@code Calif.}): "U.S. officials said" continues, "in the U.S. The next day" ends. The next word decides: the
 *       period ends a sentence only when that word is one that typically opens a sentence ({@link #isStarter}).
 *       Initials ("George W. Bush") and dotted acronyms ("J.R.R.") follow the same test.</li>
 *   <li><b>Words before a number</b>: {@code No. 5}, {@code Jan. 1}, {@code Art. 3} never end a sentence there.</li>
 * </ul>
 * Lookups are by lower-case form without the final period, so {@code MR.} and {@code Mr} behave alike.
 */
public final class Abbreviations {

    /** Words before a name or noun: a period after them never ends the sentence. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cmdr",
            "sgt", "cpl", "pvt", "adm", "maj", "rev", "hon", "pres", "supt", "insp", "det", "st", "mt", "ft",
            "vs", "v", "cf", "e.g", "i.e", "approx", "dept", "fig", "ave", "blvd", "rd");

    /** Abbreviations that sit at the end of a sentence as often as inside one. */
    private static final Set<String> MAY_END = Set.of(
            "inc", "corp", "ltd", "co", "plc", "llc", "bros", "jr", "sr", "etc", "al", "esp", "univ", "assn",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            // US state abbreviations of the wire-service style, common in datelines ("PINE RIDGE, S.D. (AP)")
            "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
            "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
            "tex", "va", "vt", "wash", "wis", "wyo");

    /** Words whose period is part of a reference when a number follows ("No. 10", "Jan. 31"). */
    private static final Set<String> BEFORE_NUMBER = Set.of(
            "no", "nos", "art", "vol", "prop", "p", "pp", "ch", "sec", "op", "para", "tel", "ext",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /**
     * Words that commonly open an English news sentence. After an ambiguous abbreviation, only these make the
     * period a sentence end; a capitalised word not listed here (a name, "President", "Army") is more likely the
     * continuation of the same sentence, as in "U.S. President Barack Obama".
     */
    private static final Set<String> STARTERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our",
            "my", "this", "that", "these", "those", "there", "here", "but", "and", "or", "so", "yet", "if",
            "when", "while", "after", "before", "as", "since", "because", "although", "though", "in", "on", "at",
            "for", "from", "with", "by", "to", "of", "during", "under", "over", "some", "many", "most", "all",
            "both", "each", "every", "no", "not", "one", "two", "three", "still", "however", "meanwhile",
            "instead", "also", "then", "now", "today", "yesterday", "earlier", "later", "last", "next", "what",
            "who", "why", "how", "where", "which", "officials", "police", "critics", "analysts", "experts",
            "mr", "mrs", "ms", "dr");

    private static final Abbreviations ENGLISH = new Abbreviations();

    private Abbreviations() {
    }

    /** The lists for English news text. */
    public static Abbreviations english() {
        return ENGLISH;
    }

    /** True for a title such as "Mr" or "Sen": the period after it never ends a sentence. */
    public boolean isTitle(String word) {
        return TITLES.contains(key(word));
    }

    /** True for an abbreviation such as "Inc" or "etc" that may or may not end a sentence. */
    public boolean mayEndSentence(String word) {
        return MAY_END.contains(key(word));
    }

    /** True for a word such as "No" or "Jan" whose period belongs to a following number ("No. 10"). */
    public boolean takesNumber(String word) {
        return BEFORE_NUMBER.contains(key(word));
    }

    /** True when {@code word} (as written, e.g. "The") typically opens a sentence; it must be capitalised. */
    public boolean isStarter(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && STARTERS.contains(key(word));
    }

    private static String key(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return w.toLowerCase(Locale.ROOT);
    }
}
