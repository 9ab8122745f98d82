package org.dossier.eval.summaries;

import java.util.List;
import java.util.function.Function;
import org.dossier.Dossier;
import org.dossier.model.SummarySentence;

/**
 * Dossier's own summariser as an evaluation system: the brief pipeline that makes the summary (cleaning, sentence
 * splitting, grouping, selection, headline) run on a dataset cluster, its summary sentences returned as ROUGE lines.
 *
 * <p>The briefing's other sections (events, timeline, quotes, who is who, agreements) are switched off: ROUGE scores
 * the summary alone, and the summary never depends on them ({@link Dossier}), so computing them would only add to
 * the time measured. Their cost is timed by {@code dossier eval speed}.
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
        Dossier dossier = Dossier.builder().words(words).focus(focusFromQuery ? cluster.focus() : null)
                .analysis(false).build();
        return dossier.brief(cluster.articles()).summary().stream().map(SummarySentence::text).toList();
    }

    @Override
    public String toString() {
        return focusFromQuery ? "Dossier (query-focused)" : "Dossier";
    }
}
