package org.dossier.analyse.terms;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Porter's 1980 suffix-stripping stemmer, in the exact variant that ROUGE-1.5.5 ships.
 *
 * <p>A stemmer maps related word forms onto one key, so that "connected", "connecting" and "connection" all become
 * "connect". Porter's algorithm does this with five ordered rule steps. Each rule removes or replaces a suffix,
 * but only when what is left (the <em>stem</em>) is long enough, measured by <em>m</em>: the number of
 * vowel-run/consonant-run pairs, so that {@code tr}, {@code ee} have m=0, {@code trouble}, {@code oats} have m=1
 * and {@code private}, {@code oaten} have m=2.
 *
 * <p>Why a particular variant: ROUGE scores depend on the exact stems, so the summariser and the evaluator must
 * agree with the reference Perl implementation to the letter. This class follows the classic Perl release of the
 * algorithm that ROUGE-1.5.5 embeds, which differs from the 1980 paper in two places:
 * <ul>
 *   <li>step 2 also maps {@code bli → ble} and {@code logi → log} (as Porter's own later releases do);</li>
 *   <li>step 4 tries the ordinary suffix list with {@code ement} instead of {@code ment}/{@code ent}, and then,
 *       one after another on the result, drops {@code ment} and then {@code ent} (or {@code sion}/{@code tion}
 *       when the word does not end in {@code ent}), each only when the remaining stem has m &gt; 1. So one word
 *       can lose two suffixes in step 4 ("agreement" → "agreem", where the paper keeps "agreement").</li>
 * </ul>
 *
 * <p>The rules are written as the regular expressions of that release (vowel = {@code [aeiouy]}, a consonant run
 * starts with any letter but {@code aeiou}), because the way these patterns treat {@code y} and digits is part of
 * the behaviour to reproduce. Stateless and thread-safe.
 */
public final class PorterStemmer {

    /** A single consonant: anything but a, e, i, o, u (so {@code y} and digits count as consonants here). */
    private static final String CONSONANT = "[^aeiou]";
    /** A single vowel: a, e, i, o, u or y. */
    private static final String VOWEL = "[aeiouy]";
    /** A run of consonants: one consonant, then letters that are not vowels (not even y). */
    private static final String CONSONANTS = CONSONANT + "[^aeiouy]*";
    /** A run of vowels: one vowel (y allowed), then plain vowels. */
    private static final String VOWELS = VOWEL + "[aeiou]*";

    /** The stem has measure m &gt; 0: [C]VC... */
    private static final Pattern M_GT_0 = Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS);
    /** The stem has measure m = 1 exactly: [C]VC[V]. */
    private static final Pattern M_EQ_1 =
            Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + "(" + VOWELS + ")?$");
    /** The stem has measure m &gt; 1: [C]VCVC... */
    private static final Pattern M_GT_1 =
            Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + VOWELS + CONSONANTS);
    /** The stem contains a vowel. */
    private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CONSONANTS + ")?" + VOWEL);
    /** The stem is consonant-vowel-consonant, the last not w, x or y (the "*o" condition, e.g. hop, fil). */
    private static final Pattern SHORT_CVC = Pattern.compile("^" + CONSONANTS + VOWEL + "[^aeiouwxy]$");

    private static final Pattern STEP1A_IES_SSES = Pattern.compile("(ss|i)es$");
    private static final Pattern STEP1A_S = Pattern.compile("([^s])s$");
    private static final Pattern STEP1B_EED = Pattern.compile("eed$");
    private static final Pattern STEP1B_ED_ING = Pattern.compile("(ed|ing)$");
    private static final Pattern STEP1B_RESTORE_E = Pattern.compile("(at|bl|iz)$");
    private static final Pattern STEP1B_DOUBLE = Pattern.compile("([^aeiouylsz])\\1$");
    private static final Pattern STEP1C_Y = Pattern.compile("y$");
    private static final Pattern STEP2 = Pattern.compile("(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli"
            + "|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$");
    private static final Pattern STEP3 = Pattern.compile("(icate|ative|alize|iciti|ical|ful|ness)$");
    private static final Pattern STEP4 =
            Pattern.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$");
    private static final Pattern STEP4_MENT = Pattern.compile("ment$");
    private static final Pattern STEP4_ENT = Pattern.compile("ent$");
    private static final Pattern STEP4_ION = Pattern.compile("(s|t)(ion)$");
    private static final Pattern STEP5_E = Pattern.compile("e$");
    private static final Pattern STEP5_LL = Pattern.compile("ll$");

    private static final Map<String, String> STEP2_REPLACEMENTS = Map.ofEntries(
            Map.entry("ational", "ate"), Map.entry("tional", "tion"), Map.entry("enci", "ence"),
            Map.entry("anci", "ance"), Map.entry("izer", "ize"), Map.entry("bli", "ble"),
            Map.entry("alli", "al"), Map.entry("entli", "ent"), Map.entry("eli", "e"),
            Map.entry("ousli", "ous"), Map.entry("ization", "ize"), Map.entry("ation", "ate"),
            Map.entry("ator", "ate"), Map.entry("alism", "al"), Map.entry("iveness", "ive"),
            Map.entry("fulness", "ful"), Map.entry("ousness", "ous"), Map.entry("aliti", "al"),
            Map.entry("iviti", "ive"), Map.entry("biliti", "ble"), Map.entry("logi", "log"));

    private static final Map<String, String> STEP3_REPLACEMENTS = Map.of(
            "icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic", "ful", "", "ness", "");

    private PorterStemmer() {
    }

    /**
     * Stems one lower-case word.
     *
     * @param lowerCaseWord a single lower-case token, e.g. {@code "generalizations"}; words shorter than three
     *                      characters are returned unchanged
     * @return its stem, e.g. {@code "gener"}
     */
    public static String stem(String lowerCaseWord) {
        String w = lowerCaseWord;
        if (w.length() < 3) {
            return w;
        }
        // An initial y is a consonant ("yell", "young"); upper case keeps it out of every vowel class below.
        boolean initialY = w.charAt(0) == 'y';
        if (initialY) {
            w = 'Y' + w.substring(1);
        }
        w = step1ab(w);
        w = step1c(w);
        w = replaceSuffix(w, STEP2, STEP2_REPLACEMENTS, M_GT_0);
        w = replaceSuffix(w, STEP3, STEP3_REPLACEMENTS, M_GT_0);
        w = step4(w);
        w = step5(w);
        if (initialY) {
            w = 'y' + w.substring(1);
        }
        return w;
    }

    /** Step 1a removes plurals; step 1b removes -ed / -ing and tidies the stem it leaves. */
    private static String step1ab(String w) {
        Matcher m = STEP1A_IES_SSES.matcher(w);
        if (m.find()) {
            w = w.substring(0, m.start()) + m.group(1); // caresses → caress, ponies → poni
        } else if ((m = STEP1A_S.matcher(w)).find()) {
            w = w.substring(0, m.start()) + m.group(1); // cats → cat, but caress stays
        }

        if ((m = STEP1B_EED.matcher(w)).find()) {
            if (M_GT_0.matcher(w.substring(0, m.start())).find()) {
                w = w.substring(0, w.length() - 1); // agreed → agree, but feed stays
            }
        } else if ((m = STEP1B_ED_ING.matcher(w)).find()) {
            String stem = w.substring(0, m.start());
            if (HAS_VOWEL.matcher(stem).find()) { // sing and bed keep their ending: no vowel before it
                w = stem;
                if (STEP1B_RESTORE_E.matcher(w).find()) {
                    w = w + "e"; // conflat(ed) → conflate
                } else if (STEP1B_DOUBLE.matcher(w).find()) {
                    w = w.substring(0, w.length() - 1); // hopp(ing) → hop, but fall stays
                } else if (SHORT_CVC.matcher(w).find()) {
                    w = w + "e"; // fil(ing) → file
                }
            }
        }
        return w;
    }

    /** Step 1c: a final y after a vowel-bearing stem becomes i (happy → happi), so it meets happiness. */
    private static String step1c(String w) {
        Matcher m = STEP1C_Y.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (HAS_VOWEL.matcher(stem).find()) {
                w = stem + "i";
            }
        }
        return w;
    }

    /**
     * Steps 2 and 3: replace the longest listed suffix when the stem before it has m &gt; 0. Only the longest
     * matching suffix is tried (the regex finds the leftmost match), never a shorter fallback.
     */
    private static String replaceSuffix(String w, Pattern suffixes, Map<String, String> replacements,
                                        Pattern stemCondition) {
        Matcher m = suffixes.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (stemCondition.matcher(stem).find()) {
                w = stem + replacements.get(m.group(1));
            }
        }
        return w;
    }

    /** Step 4 strips residual suffixes from long stems (m &gt; 1), in ROUGE's three passes described above. */
    private static String step4(String w) {
        Matcher m = STEP4.matcher(w);
        if (m.find()) {
            w = dropIfLongStem(w, m.start());
        }
        if ((m = STEP4_MENT.matcher(w)).find()) {
            w = dropIfLongStem(w, m.start());
        }
        if ((m = STEP4_ENT.matcher(w)).find()) {
            w = dropIfLongStem(w, m.start());
        } else if ((m = STEP4_ION.matcher(w)).find()) {
            w = dropIfLongStem(w, m.end(1)); // keep the s or t: adoption → adopt
        }
        return w;
    }

    private static String dropIfLongStem(String w, int stemEnd) {
        String stem = w.substring(0, stemEnd);
        return M_GT_1.matcher(stem).find() ? stem : w;
    }

    /** Step 5 removes a final e from long stems (probate → probat) and undoubles a final ll (controll → control). */
    private static String step5(String w) {
        Matcher m = STEP5_E.matcher(w);
        if (m.find()) {
            String stem = w.substring(0, m.start());
            if (M_GT_1.matcher(stem).find()
                    || (M_EQ_1.matcher(stem).find() && !SHORT_CVC.matcher(stem).find())) {
                w = stem;
            }
        }
        if (STEP5_LL.matcher(w).find() && M_GT_1.matcher(w).find()) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
