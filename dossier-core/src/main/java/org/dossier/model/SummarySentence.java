package org.dossier.model;

import java.util.List;

/**
 * One sentence of a summary and every source that states it.
 *
 * @param text      the sentence as shown (a source sentence, or a compression of one using only its words)
 * @param citations all sources stating it, the one whose wording is shown first; never empty
 */
public record SummarySentence(String text, List<Citation> citations) {
    public SummarySentence {
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("a summary sentence must cite at least one source");
        }
    }
}
