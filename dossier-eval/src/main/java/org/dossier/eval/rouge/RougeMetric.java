package org.dossier.eval.rouge;

/** The ROUGE variants a {@link RougeScorer} computes, named as ROUGE-1.5.5 prints them. */
public enum RougeMetric {
    /** Unigram overlap. */
    ROUGE_1("ROUGE-1"),
    /** Bigram overlap (bigrams run across sentence boundaries, as in ROUGE). */
    ROUGE_2("ROUGE-2"),
    /** Summary-level longest common subsequence: union LCS of each reference sentence against all system lines. */
    ROUGE_L("ROUGE-L"),
    /** Skip-bigrams with up to four words in between, plus unigrams. */
    ROUGE_SU4("ROUGE-SU4");

    private final String label;

    RougeMetric(String label) {
        this.label = label;
    }

    /** The name ROUGE-1.5.5 prints, e.g. {@code "ROUGE-SU4"}. */
    public String label() {
        return label;
    }

    /** The metric printed as {@code label}, e.g. {@code "ROUGE-L"}. */
    public static RougeMetric fromLabel(String label) {
        for (RougeMetric m : values()) {
            if (m.label.equals(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown ROUGE metric: " + label);
    }
}
