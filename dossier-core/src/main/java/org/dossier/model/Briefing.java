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
 * @param events        the distinct events inside the story, in date order
 * @param timeline      the events and dated facts of the story, in date order
 * @param quotes        who said what, merged across outlets
 * @param entities      who is who: people, organisations, places and groups with their aliases
 * @param agreements    claims reported by several sources, most sources first
 * @param discrepancies values the sources give differently, side by side
 */
public record Briefing(String headline, List<SummarySentence> summary, List<SourceRef> sources, List<Issue> skipped,
                       String focus, int wordBudget, List<EventReport> events, List<TimelineItem> timeline,
                       List<QuoteReport> quotes, List<EntityReport> entities, List<Agreement> agreements,
                       List<Discrepancy> discrepancies) {
    public Briefing {
        summary = List.copyOf(summary);
        sources = List.copyOf(sources);
        skipped = List.copyOf(skipped);
        events = List.copyOf(events);
        timeline = List.copyOf(timeline);
        quotes = List.copyOf(quotes);
        entities = List.copyOf(entities);
        agreements = List.copyOf(agreements);
        discrepancies = List.copyOf(discrepancies);
    }

    /** A briefing with a summary only: no events, timeline, quotes, entities, agreements or discrepancies. */
    public Briefing(String headline, List<SummarySentence> summary, List<SourceRef> sources, List<Issue> skipped,
                    String focus, int wordBudget) {
        this(headline, summary, sources, skipped, focus, wordBudget, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
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
