package org.dossier.summarise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.dossier.analyse.terms.ClusterTerms;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.SummarySentence;
import org.junit.jupiter.api.Test;

/** A briefing computes the cluster's terms once and hands them to the summary and the headline: same results. */
class SharedTermsTest {

    @Test
    void summarisingFromTermsGivesTheSameSummary() {
        List<AnalysedArticle> story = FerryStrikeStory.articles();
        for (String focus : new String[] {null, "ferry fares"}) {
            Summarizer summarizer = new Summarizer(new SummaryOptions(80, focus));
            List<SummarySentence> direct = summarizer.summarise(story);
            List<SummarySentence> shared = summarizer.summarise(ClusterTerms.of(story, summarizer.analyzer()));
            assertFalse(direct.isEmpty());
            assertEquals(direct, shared);
        }
    }

    @Test
    void theHeadlineFromTermsIsTheHeadlineFromTheArticles() {
        List<AnalysedArticle> story = FerryStrikeStory.articles();
        Headlines headlines = new Headlines();
        ClusterTerms terms = ClusterTerms.of(story, new Summarizer(new SummaryOptions(80, null)).analyzer());
        assertEquals(headlines.choose(story, List.of()), headlines.choose(terms, List.of()));
    }
}
