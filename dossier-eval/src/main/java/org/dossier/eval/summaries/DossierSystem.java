package org.dossier.eval.summaries;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dossier.Dossier;
import org.dossier.model.Article;
import org.dossier.model.SummarySentence;
import org.dossier.read.PublicationDates;

/**
 * Dossier's own summariser as an evaluation system: the full brief pipeline (cleaning, sentence splitting, grouping,
 * selection) run on a dataset cluster, its summary sentences returned as ROUGE lines.
 */
public final class DossierSystem implements Function<Cluster, List<String>> {
    private final int words;
    private final boolean focusFromQuery;

    /**
     * @param words          the word budget
     * @param focusFromQuery when the cluster has a topic statement, use its title and narrative as the focus query
     */
    public DossierSystem(int words, boolean focusFromQuery) {
        this.words = words;
        this.focusFromQuery = focusFromQuery;
    }

    @Override
    public List<String> apply(Cluster cluster) {
        String focus = focusFromQuery && cluster.hasQuery()
                ? cluster.query().title() + ". " + cluster.query().narrative() : null;
        Dossier dossier = Dossier.builder().words(words).focus(focus).build();
        return dossier.brief(articles(cluster)).summary().stream().map(SummarySentence::text).toList();
    }

    /** The cluster's documents as articles, numbered in dataset order. */
    static List<Article> articles(Cluster cluster) {
        List<Article> articles = new ArrayList<>(cluster.docs().size());
        for (Cluster.Document d : cluster.docs()) {
            articles.add(Article.builder(d.id(), d.text()).title(d.title())
                    .published(PublicationDates.parse(d.date())).origin(cluster.id() + "/" + d.id()).build());
        }
        return articles;
    }

    @Override
    public String toString() {
        return focusFromQuery ? "Dossier (query-focused)" : "Dossier";
    }
}
