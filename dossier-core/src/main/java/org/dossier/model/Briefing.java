package org.dossier.model;

import java.util.List;

/**
 * What Dossier makes of a pile of articles about one story: the summary and the sources it cites.
 *
 * <p>The JSON rendering of this record is the contract for the web page and API; see
 * {@code briefing.schema.json} in the core resources.
 *
 * @param headline   a short title for the story (the headline of its most central article)
 * @param summary    the cited summary, in reading order
 * @param sources    every article briefed, numbered as the citations number them
 * @param skipped    inputs that could not be used, and why
 * @param focus      the focus query, or null for a generic summary
 * @param wordBudget the word budget the summary was made under
 */
public record Briefing(String headline, List<SummarySentence> summary, List<SourceRef> sources, List<Issue> skipped,
                       String focus, int wordBudget) {
    public Briefing {
        summary = List.copyOf(summary);
        sources = List.copyOf(sources);
        skipped = List.copyOf(skipped);
    }

    /** Number of words in the summary. */
    public int summaryWords() {
        int n = 0;
        for (SummarySentence s : summary) {
            n += Words.count(s.text());
        }
        return n;
    }
}
