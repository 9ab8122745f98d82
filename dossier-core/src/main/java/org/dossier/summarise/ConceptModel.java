package org.dossier.summarise;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.analyse.terms.ClusterTerms;

/**
 * The "concepts" a summary should cover and what each is worth.
 *
 * <p>A concept is a pair of adjacent content terms in a sentence (a stemmed bigram with stopwords removed:
 * "putin insist", "90 minut"). The idea, from concept-based summarisation (Gillick and Favre, 2009), is that the
 * facts that matter in a story are the ones many outlets report, and reported facts leave matching bigrams behind.
 * A summary is then scored by the total weight of the distinct concepts it contains, each counted once; that makes
 * repetition worthless by construction.
 *
 * <p>Weight of a concept:
 * <ul>
 *   <li><b>base</b>: the number of articles containing it, when that is at least {@code minDocuments} (two when the
 *       cluster has three articles or more; one otherwise), else zero: a bigram only one outlet uses is rarely the
 *       story;</li>
 *   <li><b>position bonus</b>: plus {@value #LEAD_BONUS} for every article where it appears in the first
 *       {@value #LEAD_SENTENCES} sentences, since news puts the main facts first;</li>
 *   <li><b>focus bonus</b>: with a query, times {@code 1 + 2 q + 0.5 n} where {@code q} and {@code n} count the
 *       concept's terms that are query terms and query neighbours (see {@link FocusTerms}); a concept holding a
 *       query term keeps its weight even when only one article has it.</li>
 * </ul>
 */
final class ConceptModel {
    static final int LEAD_SENTENCES = 3;
    static final double LEAD_BONUS = 0.5;

    /** [article][sentence] -> distinct concept ids of that sentence. */
    private final int[][][] concepts;
    private final double[] weight;

    private ConceptModel(int[][][] concepts, double[] weight) {
        this.concepts = concepts;
        this.weight = weight;
    }

    static ConceptModel build(ClusterTerms terms, FocusTerms focus) {
        long vocabulary = Math.max(1, terms.vocabularySize());
        Map<Long, Integer> ids = new HashMap<>();
        List<int[]> pairs = new ArrayList<>();
        List<BitSet> articlesOf = new ArrayList<>();
        List<BitSet> leadArticlesOf = new ArrayList<>();
        int[][][] concepts = new int[terms.articleCount()][][];
        for (int a = 0; a < terms.articleCount(); a++) {
            concepts[a] = new int[terms.sentenceCount(a)][];
            for (int s = 0; s < terms.sentenceCount(a); s++) {
                int[] seq = terms.sequence(a, s);
                BitSet mine = new BitSet();
                for (int i = 0; i + 1 < seq.length; i++) {
                    if (seq[i] == seq[i + 1]) {
                        continue;
                    }
                    long key = seq[i] * vocabulary + seq[i + 1];
                    Integer id = ids.get(key);
                    if (id == null) {
                        id = pairs.size();
                        ids.put(key, id);
                        pairs.add(new int[] {seq[i], seq[i + 1]});
                        articlesOf.add(new BitSet());
                        leadArticlesOf.add(new BitSet());
                    }
                    mine.set(id);
                    articlesOf.get(id).set(a);
                    if (s < LEAD_SENTENCES) {
                        leadArticlesOf.get(id).set(a);
                    }
                }
                concepts[a][s] = mine.stream().toArray();
            }
        }
        int minDocuments = terms.articleCount() >= 3 ? 2 : 1;
        double[] weight = new double[pairs.size()];
        for (int c = 0; c < weight.length; c++) {
            int documents = articlesOf.get(c).cardinality();
            int[] pair = pairs.get(c);
            int q = (focus.isQueryTerm(pair[0]) ? 1 : 0) + (focus.isQueryTerm(pair[1]) ? 1 : 0);
            int n = (focus.isNeighbour(pair[0]) ? 1 : 0) + (focus.isNeighbour(pair[1]) ? 1 : 0);
            if (documents < minDocuments && q == 0) {
                continue;
            }
            double w = documents + LEAD_BONUS * leadArticlesOf.get(c).cardinality();
            weight[c] = w * (1 + 2.0 * q + 0.5 * n);
        }
        return new ConceptModel(concepts, weight);
    }

    /** Distinct concept ids of one sentence. Do not modify. */
    int[] conceptsOf(int article, int sentence) {
        return concepts[article][sentence];
    }

    double weight(int concept) {
        return weight[concept];
    }

    int size() {
        return weight.length;
    }
}
