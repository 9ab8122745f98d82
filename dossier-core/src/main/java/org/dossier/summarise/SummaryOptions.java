package org.dossier.summarise;

/**
 * How long a summary may be and what it should be about.
 *
 * @param words maximum number of words (whitespace tokens) in the summary; must be positive
 * @param focus a query the summary should answer, or null for a generic summary
 */
public record SummaryOptions(int words, String focus) {
    /** The default budget: a short paragraph. */
    public static final int DEFAULT_WORDS = 120;

    public SummaryOptions {
        if (words <= 0) {
            throw new IllegalArgumentException("word budget must be positive, got " + words);
        }
        if (focus != null && focus.isBlank()) {
            focus = null;
        }
    }
}
