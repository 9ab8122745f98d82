package org.dossier.eval.summarise;

import java.util.ArrayList;
import java.util.List;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.clean.ScrapedTextCleaner;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;

/**
 * One evaluation cluster after the pipeline's first two stages, ready for the summariser: the articles cleaned by
 * {@link ScrapedTextCleaner} and split by the news {@link SentenceSplitter}, numbered in input order.
 *
 * <p>This is the same preparation {@code org.dossier.Dossier#brief} does; the benchmark repeats it stage by stage
 * only because it times the stages separately and checks citations against the split sentences, which a finished
 * {@code Briefing} does not carry. Articles left empty by cleaning are dropped, as the facade drops them.
 *
 * @param id       the cluster id ("seeds", a DUC topic)
 * @param focus    the query to summarise for, or {@code null} for a generic summary
 * @param articles the cleaned and split articles
 */
public record AnalysedCluster(String id, String focus, List<AnalysedArticle> articles) {

    public AnalysedCluster {
        articles = List.copyOf(articles);
    }

    /** Cleans and splits {@code raw} with the given stages. */
    public static AnalysedCluster prepare(String id, String focus, List<Article> raw, ScrapedTextCleaner cleaner,
                                          SentenceSplitter splitter) {
        List<AnalysedArticle> out = new ArrayList<>(raw.size());
        for (Article article : raw) {
            Article clean = cleaner.clean(article);
            if (clean.text().isBlank()) {
                continue;
            }
            int index = out.size();
            out.add(new AnalysedArticle(index, clean, splitter.split(index, clean.text())));
        }
        return new AnalysedCluster(id, focus, out);
    }

    /** Sentences over all articles. */
    public int sentenceCount() {
        return articles.stream().mapToInt(a -> a.sentences().size()).sum();
    }
}
