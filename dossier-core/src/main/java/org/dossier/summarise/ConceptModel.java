package org.dossier.summarise;

import java.util.Arrays;
import java.util.HashMap;
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
 *   <li><b>base</b>: the number of articles containing it. When only one article has it (in a cluster of two
 *       articles or more) the weight is scaled down by {@value #RARE_FACTOR}: a bigram only one outlet uses is
 *       rarely the story, even when the cluster holds just two articles (then the shared bigrams are the few facts
 *       both writers chose), but once the shared facts are
 *       covered it still tells the greedy step which remaining sentence says most;</li>
 *   <li><b>position bonus</b>: plus {@value #LEAD_BONUS} for every article where it appears in the first
 *       {@value #LEAD_SENTENCES} sentences, since news puts the main facts first;</li>
 *   <li><b>focus bonus</b>: with a query, times {@code 1 + 3 q + n} where {@code q} and {@code n} count the
 *       concept's terms that are query terms and query neighbours (see {@link FocusTerms}); a concept holding a
 *       query term keeps its weight even when only one article has it.</li>
 * </ul>
 */
final class ConceptModel {
    static final int LEAD_SENTENCES = 3;
    static final double LEAD_BONUS = 0.5;
    static final double QUERY_BONUS = 3.0;
    static final double RARE_FACTOR = 0.1;
    static final double NEIGHBOUR_BONUS = 1.0;

    /** [article][sentence] -> distinct concept ids of that sentence. */
    private final int[][][] concepts;
    private final double[] weight;

    private ConceptModel(int[][][] concepts, double[] weight) {
        this.concepts = concepts;
        this.weight = weight;
    }

    static ConceptModel build(ClusterTerms terms, FocusTerms focus) {
        long vocabulary = Math.max(1, terms.vocabularySize());
        Map<Long, Integer> ids = new HashMap<>(1 << 14);
        // per concept: its two terms, how many articles contain it (and in their lead), and the last article
        // counted, which works because articles are visited in order
        IntList first = new IntList();
        IntList second = new IntList();
        IntList documents = new IntList();
        IntList leadDocuments = new IntList();
        IntList lastArticle = new IntList();
        IntList lastLeadArticle = new IntList();
        int[][][] concepts = new int[terms.articleCount()][][];
        for (int a = 0; a < terms.articleCount(); a++) {
            concepts[a] = new int[terms.sentenceCount(a)][];
            for (int s = 0; s < terms.sentenceCount(a); s++) {
                int[] seq = terms.sequence(a, s);
                int[] mine = new int[Math.max(0, seq.length - 1)];
                int count = 0;
                for (int i = 0; i + 1 < seq.length; i++) {
                    if (seq[i] == seq[i + 1]) {
                        continue;
                    }
                    long key = seq[i] * vocabulary + seq[i + 1];
                    Integer known = ids.get(key);
                    int id;
                    if (known == null) {
                        id = first.size();
                        ids.put(key, id);
                        first.add(seq[i]);
                        second.add(seq[i + 1]);
                        documents.add(0);
                        leadDocuments.add(0);
                        lastArticle.add(-1);
                        lastLeadArticle.add(-1);
                    } else {
                        id = known;
                    }
                    mine[count++] = id;
                    if (lastArticle.get(id) != a) {
                        lastArticle.set(id, a);
                        documents.set(id, documents.get(id) + 1);
                    }
                    if (s < LEAD_SENTENCES && lastLeadArticle.get(id) != a) {
                        lastLeadArticle.set(id, a);
                        leadDocuments.set(id, leadDocuments.get(id) + 1);
                    }
                }
                concepts[a][s] = ClusterTerms.distinctSorted(mine, count);
            }
        }
        int minDocuments = terms.articleCount() >= 2 ? 2 : 1;
        double[] weight = new double[first.size()];
        for (int c = 0; c < weight.length; c++) {
            int q = (focus.isQueryTerm(first.get(c)) ? 1 : 0) + (focus.isQueryTerm(second.get(c)) ? 1 : 0);
            int n = (focus.isNeighbour(first.get(c)) ? 1 : 0) + (focus.isNeighbour(second.get(c)) ? 1 : 0);
            double w = documents.get(c) + LEAD_BONUS * leadDocuments.get(c);
            if (documents.get(c) < minDocuments && q == 0) {
                w *= RARE_FACTOR;
            }
            weight[c] = w * (1 + QUERY_BONUS * q + NEIGHBOUR_BONUS * n);
        }
        return new ConceptModel(concepts, weight);
    }

    /** A growable int array, to avoid boxing one Integer per concept and field. */
    private static final class IntList {
        private int[] values = new int[256];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int get(int i) {
            return values[i];
        }

        void set(int i, int v) {
            values[i] = v;
        }

        int size() {
            return size;
        }
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
