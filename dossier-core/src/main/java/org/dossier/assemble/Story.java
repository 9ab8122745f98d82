package org.dossier.assemble;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Citation;
import org.dossier.model.Sentence;

/**
 * The analysed articles of one story, looked up by article index, with the one rule for turning a sentence into a
 * {@link Citation}: source number {@code articleIndex + 1}, the sentence's index, its text.
 */
final class Story {
    private final List<AnalysedArticle> articles;
    private final Map<Integer, AnalysedArticle> byIndex = new HashMap<>();

    Story(List<AnalysedArticle> articles) {
        this.articles = List.copyOf(articles);
        for (AnalysedArticle a : articles) {
            byIndex.put(a.index(), a);
        }
    }

    List<AnalysedArticle> articles() {
        return articles;
    }

    /** How many sources the briefing lists. */
    int size() {
        return articles.size();
    }

    /** The citation of {@code sentence}. */
    static Citation cite(Sentence sentence) {
        return new Citation(sentence.articleIndex() + 1, sentence.index(), sentence.text());
    }

    /** The sentence {@code sentenceIndex} of article {@code articleIndex}, or null when there is no such sentence. */
    Sentence sentence(int articleIndex, int sentenceIndex) {
        AnalysedArticle a = byIndex.get(articleIndex);
        if (a == null || sentenceIndex < 0 || sentenceIndex >= a.sentences().size()) {
            return null;
        }
        return a.sentences().get(sentenceIndex);
    }

    /** The sentences of article {@code articleIndex}; empty when it is not part of the story. */
    List<Sentence> sentences(int articleIndex) {
        AnalysedArticle a = byIndex.get(articleIndex);
        return a == null ? List.of() : a.sentences();
    }

    /** The source number printed for article {@code articleIndex}: {@code [articleIndex + 1]}. */
    static int sourceNumber(int articleIndex) {
        return articleIndex + 1;
    }
}
