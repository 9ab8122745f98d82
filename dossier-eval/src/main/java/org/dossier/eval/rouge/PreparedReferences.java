package org.dossier.eval.rouge;

import java.util.List;

/**
 * The references of one summarisation task, tokenised and counted once so that many system summaries can be
 * scored against them cheaply. Made by {@link RougeScorer#prepare(List)}; immutable and shareable across threads,
 * but only valid with the scorer (options) that made it.
 */
public final class PreparedReferences {
    private final RougeOptions options;
    private final Vocabulary vocabulary;
    private final List<EncodedSummary> references;

    PreparedReferences(RougeOptions options, Vocabulary vocabulary, List<EncodedSummary> references) {
        this.options = options;
        this.vocabulary = vocabulary;
        this.references = List.copyOf(references);
    }

    RougeOptions options() {
        return options;
    }

    /** The ids of the references' words; a system summary must be encoded with it. */
    Vocabulary vocabulary() {
        return vocabulary;
    }

    List<EncodedSummary> references() {
        return references;
    }

    /** How many references were prepared. */
    public int size() {
        return references.size();
    }
}
