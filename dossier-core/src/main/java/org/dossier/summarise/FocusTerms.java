package org.dossier.summarise;

import java.util.BitSet;
import java.util.List;
import org.dossier.analyse.terms.ClusterTerms;

/**
 * The terms a focused summary should be about: the query's own content terms, plus their neighbours.
 *
 * <p>A query rarely uses every word the articles use for its subject ("reservations" asks about "tribe",
 * "casino", "land"...). Neighbours are the terms that co-occur with query terms: a term is a neighbour when it
 * appears in at least two sentences that contain a query term and at least half of all its occurrences are in
 * such sentences. Terms found in most sentences of the cluster are never neighbours: they are the story itself,
 * not the question. Neighbours weigh less than query terms (see {@link ConceptModel}). Instruction words of
 * the query ("discuss", "include", "details") are ignored.
 */
final class FocusTerms {
    /**
     * Words a query uses to say how to answer rather than what about ("Discuss the causes... Include any
     * details..."); matching them in the articles would reward the wrong sentences.
     */
    private static final List<String> INSTRUCTION_WORDS = List.of(
            "describe", "discuss", "explain", "identify", "include", "including", "information", "regarding",
            "specific", "specifically", "detail", "details", "provide", "give", "list", "mention", "note", "summarize",
            "summarise", "report", "question", "answer", "aspect", "aspects", "kind", "kinds", "type", "types",
            "various", "way", "ways", "well", "example", "examples");

    private static final FocusTerms NONE = new FocusTerms(new BitSet(), new BitSet());

    private final BitSet query;
    private final BitSet neighbours;

    private FocusTerms(BitSet query, BitSet neighbours) {
        this.query = query;
        this.neighbours = neighbours;
    }

    /** No focus: a generic summary. */
    static FocusTerms none() {
        return NONE;
    }

    /** The query's terms (as ids of {@code terms}) and their co-occurrence neighbours; none when focus is null. */
    static FocusTerms of(String focus, ClusterTerms terms) {
        if (focus == null) {
            return NONE;
        }
        BitSet query = new BitSet();
        List<String> instructions = terms.analyzer().contentTerms(String.join(" ", INSTRUCTION_WORDS));
        for (String term : terms.analyzer().contentTerms(focus)) {
            if (instructions.contains(term)) {
                continue;
            }
            int id = terms.idOf(term);
            if (id >= 0) {
                query.set(id);
            }
        }
        if (query.isEmpty()) {
            return NONE;
        }
        int[] together = new int[terms.vocabularySize()];
        for (int a = 0; a < terms.articleCount(); a++) {
            for (int s = 0; s < terms.sentenceCount(a); s++) {
                int[] set = terms.set(a, s);
                if (mentions(set, query)) {
                    for (int t : set) {
                        together[t]++;
                    }
                }
            }
        }
        BitSet neighbours = new BitSet();
        int sentences = terms.sentenceCount();
        for (int t = 0; t < together.length; t++) {
            int frequency = terms.sentenceFrequency(t);
            boolean ubiquitous = frequency * 2 > sentences;
            if (!query.get(t) && !ubiquitous && together[t] >= 2 && together[t] * 2 >= frequency) {
                neighbours.set(t);
            }
        }
        return new FocusTerms(query, neighbours);
    }

    private static boolean mentions(int[] set, BitSet query) {
        for (int t : set) {
            if (query.get(t)) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return query.isEmpty();
    }

    boolean isQueryTerm(int term) {
        return query.get(term);
    }

    boolean isNeighbour(int term) {
        return neighbours.get(term);
    }

    /** Whether a sentence (its distinct terms) mentions a query term or a neighbour. */
    boolean touches(int[] sentenceTerms) {
        for (int t : sentenceTerms) {
            if (query.get(t) || neighbours.get(t)) {
                return true;
            }
        }
        return false;
    }
}
