package org.dossier.assemble;

import java.util.ArrayList;
import java.util.List;
import org.dossier.Dossier;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;

/** Analysed articles for tests: cleaned and split as the {@code Dossier} facade does. */
final class StoryFixtures {
    private StoryFixtures() {
    }

    /** The articles cleaned and split, numbered in order (none of the test inputs is blank after cleaning). */
    static List<AnalysedArticle> analysed(List<Article> articles) {
        return Dossier.builder().build().analyse(articles);
    }

    /** Plain texts as articles "a0", "a1", ..., cleaned and split. */
    static List<AnalysedArticle> texts(String... texts) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            articles.add(Article.builder("a" + i, texts[i]).build());
        }
        return analysed(articles);
    }
}
