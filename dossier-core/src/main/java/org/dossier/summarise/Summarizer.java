package org.dossier.summarise;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Citation;
import org.dossier.model.Sentence;
import org.dossier.model.SummarySentence;
import org.dossier.model.Words;

/**
 * Multi-document extractive summariser.
 *
 * <p>PLACEHOLDER: takes leading sentences round-robin; to be replaced by the real summariser.
 */
public final class Summarizer {
    private final SummaryOptions options;

    public Summarizer(SummaryOptions options) {
        this.options = options;
    }

    /** Summarises the articles under the word budget; every sentence cites its sources. */
    public List<SummarySentence> summarise(List<AnalysedArticle> articles) {
        List<SummarySentence> out = new ArrayList<>();
        int words = 0;
        for (int rank = 0; ; rank++) {
            boolean any = false;
            for (AnalysedArticle a : articles) {
                if (rank >= a.sentences().size()) continue;
                any = true;
                Sentence s = a.sentences().get(rank);
                int w = Words.count(s.text());
                if (words + w > options.words()) return out;
                words += w;
                out.add(new SummarySentence(s.text(), List.of(new Citation(a.index() + 1, s.index(), s.text()))));
            }
            if (!any) return out;
        }
    }
}
