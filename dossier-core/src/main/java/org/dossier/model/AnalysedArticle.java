package org.dossier.model;

import java.util.List;

/**
 * A cleaned article split into sentences.
 *
 * @param index     position in the input list (0-based); its citation number is {@code index + 1}
 * @param article   the cleaned article
 * @param sentences its sentences in order
 */
public record AnalysedArticle(int index, Article article, List<Sentence> sentences) {
    public AnalysedArticle {
        sentences = List.copyOf(sentences);
    }
}
