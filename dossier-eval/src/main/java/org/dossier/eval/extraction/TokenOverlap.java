package org.dossier.eval.extraction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Bag-of-words agreement between an extracted text and a gold text: the scoring convention of the data README.
 *
 * <p>Both texts are cut into lower-cased runs of letters and digits; everything else (punctuation, quotes,
 * whitespace) separates tokens. The overlap is the size of the multiset intersection, so a word the extractor
 * repeats three times while the gold has it once counts once. Order is ignored on purpose: extractors that keep
 * the right paragraphs in a slightly different order are not punished.
 *
 * @param overlap   tokens the two multisets share
 * @param extracted tokens in the extracted text
 * @param gold      tokens in the gold text
 */
public record TokenOverlap(long overlap, long extracted, long gold) {

    /** Compares {@code extracted} with {@code gold}. */
    public static TokenOverlap of(String extracted, String gold) {
        Map<String, Integer> goldBag = bag(gold);
        Map<String, Integer> extractedBag = bag(extracted);
        long common = 0;
        for (Map.Entry<String, Integer> e : extractedBag.entrySet()) {
            common += Math.min(e.getValue(), goldBag.getOrDefault(e.getKey(), 0));
        }
        return new TokenOverlap(common, total(extractedBag), total(goldBag));
    }

    /** Share of extracted tokens that are in the gold; 1 when nothing was extracted and nothing was expected. */
    public double precision() {
        return extracted == 0 ? (gold == 0 ? 1 : 0) : (double) overlap / extracted;
    }

    /** Share of gold tokens that were extracted; 1 when the gold is empty. */
    public double recall() {
        return gold == 0 ? 1 : (double) overlap / gold;
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The multiset of lower-cased alphanumeric tokens. */
    static Map<String, Integer> bag(String text) {
        Map<String, Integer> counts = new HashMap<>();
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            // Walk by code point so letters outside the Basic Multilingual Plane stay whole.
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.isLetterOrDigit(cp)) {
                token.appendCodePoint(cp);
            } else if (token.length() > 0) {
                counts.merge(token.toString().toLowerCase(Locale.ROOT), 1, Integer::sum);
                token.setLength(0);
            }
            if (Character.isSupplementaryCodePoint(cp)) {
                i++;
            }
        }
        return counts;
    }

    private static long total(Map<String, Integer> bag) {
        long n = 0;
        for (int c : bag.values()) {
            n += c;
        }
        return n;
    }
}
