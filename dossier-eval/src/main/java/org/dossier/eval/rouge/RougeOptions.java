package org.dossier.eval.rouge;

/**
 * How ROUGE is computed: the switches of ROUGE-1.5.5 that change scores.
 *
 * <p>Every run computes ROUGE-1, ROUGE-2, ROUGE-SU4 and summary-level ROUGE-L with several references pooled
 * ({@code -f A}); these options choose the rest.
 *
 * @param stem               Porter stemming with the WordNet exception list ({@code -m})
 * @param removeStopwords    drop the SMART stopwords before counting ({@code -s})
 * @param wordLimit          keep only the first N words ({@code -l N}); 0 = no limit
 * @param byteLimit          keep only the first N bytes of UTF-8 text ({@code -b N}); 0 = no limit. Ignored when
 *                           {@code wordLimit} is set, as in ROUGE
 * @param truncateReferences apply the limit to the references too. ROUGE-1.5.5 always does ({@code true});
 *                           {@code false} truncates only the system summary, the Multi-News convention
 * @param maxSkipDistance    largest number of words allowed between the two words of a skip-bigram
 *                           ({@code -2 4} gives ROUGE-SU4); negative = no limit, as ROUGE's {@code -2 -1}
 * @param alpha              weight of precision in F = 1 / (alpha / P + (1 - alpha) / R) ({@code -p}); 0.5 is F1
 */
public record RougeOptions(boolean stem, boolean removeStopwords, int wordLimit, int byteLimit,
                           boolean truncateReferences, int maxSkipDistance, double alpha) {

    public RougeOptions {
        if (wordLimit < 0 || byteLimit < 0) {
            throw new IllegalArgumentException("limits must be >= 0 (0 = none)");
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in [0, 1]");
        }
    }

    /** DUC 2006/2007 convention: {@code -m -l 250}, limit on system and references (report recall). */
    public static RougeOptions duc2006() {
        return new RougeOptions(true, false, 250, 0, true, 4, 0.5);
    }

    /** DUC 2004 convention: {@code -m -l 100}. */
    public static RougeOptions duc2004() {
        return new RougeOptions(true, false, 100, 0, true, 4, 0.5);
    }

    /** Multi-News convention: stemming, system cut to 250 words, references whole (report F1). */
    public static RougeOptions multiNews() {
        return new RougeOptions(true, false, 250, 0, false, 4, 0.5);
    }

    /** Stemming and no length limit: {@code -m}. */
    public static RougeOptions stemmedNoLimit() {
        return new RougeOptions(true, false, 0, 0, true, 4, 0.5);
    }

    /** No stemming, SMART stopwords removed, no length limit: {@code -s}. */
    public static RougeOptions stopwordsRemoved() {
        return new RougeOptions(false, true, 0, 0, true, 4, 0.5);
    }

    /** A copy with another word limit (0 = none); the byte limit is cleared. */
    public RougeOptions withWordLimit(int words) {
        return new RougeOptions(stem, removeStopwords, words, 0, truncateReferences, maxSkipDistance, alpha);
    }

    /** A copy with a byte limit (0 = none); the word limit is cleared. */
    public RougeOptions withByteLimit(int bytes) {
        return new RougeOptions(stem, removeStopwords, 0, bytes, truncateReferences, maxSkipDistance, alpha);
    }

    /** A copy that does (true) or does not (false) cut the references to the limit. */
    public RougeOptions withTruncatedReferences(boolean truncate) {
        return new RougeOptions(stem, removeStopwords, wordLimit, byteLimit, truncate, maxSkipDistance, alpha);
    }
}
