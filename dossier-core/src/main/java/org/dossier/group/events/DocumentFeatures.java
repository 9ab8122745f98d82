package org.dossier.group.events;

import java.util.Map;
import java.util.Objects;

/**
 * What one document contributes to event comparison, before any collection-wide weighting: counts of its content
 * terms, of its names, and of the dates it mentions.
 *
 * <p>Kept apart from the weighting ({@link DocumentSimilarity}) so that the same features serve a single story
 * (weighted against the other articles of that story) and a whole news stream (weighted against everything seen):
 * features are computed once per document, the weights are cheap to redo.
 *
 * @param terms content terms (stemmed, stopwords out) with their counts
 * @param names capitalised tokens standing in for people, places and organisations, lower-cased, with counts
 * @param dates days the document reports, resolved against its publication date ({@code 2015-09-28}), with counts
 * @param lead  where, on which weekday and for how long its lead says its event happened
 *              ({@link LeadEvidence#NONE} when unknown)
 */
public record DocumentFeatures(Map<String, Integer> terms, Map<String, Integer> names, Map<String, Integer> dates,
                               LeadEvidence lead) {
    public DocumentFeatures {
        terms = Map.copyOf(Objects.requireNonNull(terms, "terms"));
        names = Map.copyOf(Objects.requireNonNull(names, "names"));
        dates = Map.copyOf(Objects.requireNonNull(dates, "dates"));
        lead = lead == null ? LeadEvidence.NONE : lead;
    }

    /** Features without lead evidence (kept for callers that build features themselves). */
    public DocumentFeatures(Map<String, Integer> terms, Map<String, Integer> names, Map<String, Integer> dates) {
        this(terms, names, dates, LeadEvidence.NONE);
    }
}
