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
 * facts that matter in a story leave matching bigrams behind in the articles and in a good summary. A summary is
 * then scored by the total weight of the distinct concepts it contains, each counted once; that makes repetition
 * worthless by construction.
 *
 * <p>Weight of a concept: {@code exp(w . x)} over its {@link ConceptFeatures} (how many articles use it, how early,
 * whether it touches the focus query...), with coefficients learned by {@code dossier train}
 * ({@link ConceptWeights}): the odds, in a logistic model, that a human summary of the cluster contains it (Li, Qian
 * and Liu, 2013), refined directly for ROUGE on the training clusters.
 */
final class ConceptModel {
    /** [article][sentence] -> distinct concept ids of that sentence. */
    private final int[][][] concepts;
    private final double[] weight;
    private final int[] firstTerm;
    private final int[] secondTerm;
    private final double[][] features;

    private ConceptModel(int[][][] concepts, double[] weight, int[] firstTerm, int[] secondTerm,
                         double[][] features) {
        this.concepts = concepts;
        this.weight = weight;
        this.firstTerm = firstTerm;
        this.secondTerm = secondTerm;
        this.features = features;
    }

    static ConceptModel build(ClusterTerms terms, FocusTerms focus, ConceptWeights weights) {
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
        IntList earliest = new IntList();
        IntList occurrences = new IntList();
        DoubleList earliness = new DoubleList();
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
                        earliest.add(s);
                        occurrences.add(0);
                        earliness.add(0);
                    } else {
                        id = known;
                    }
                    mine[count++] = id;
                    if (lastArticle.get(id) != a) {
                        lastArticle.set(id, a);
                        documents.set(id, documents.get(id) + 1);
                        earliness.set(id, earliness.get(id) + 1.0 / (1 + s));
                        earliest.set(id, Math.min(earliest.get(id), s));
                    }
                    if (s < ConceptFeatures.LEAD_SENTENCES && lastLeadArticle.get(id) != a) {
                        lastLeadArticle.set(id, a);
                        leadDocuments.set(id, leadDocuments.get(id) + 1);
                    }
                }
                concepts[a][s] = ClusterTerms.distinctSorted(mine, count);
                for (int id : concepts[a][s]) {
                    occurrences.set(id, occurrences.get(id) + 1);
                }
            }
        }
        int n = first.size();
        double[] weight = new double[n];
        double[][] features = new double[n][];
        for (int c = 0; c < n; c++) {
            int t1 = first.get(c);
            int t2 = second.get(c);
            int q = (focus.isQueryTerm(t1) ? 1 : 0) + (focus.isQueryTerm(t2) ? 1 : 0);
            int nb = (focus.isNeighbour(t1) ? 1 : 0) + (focus.isNeighbour(t2) ? 1 : 0);
            double meanIdf = (terms.idf(t1) + terms.idf(t2)) / 2;
            boolean number = isNumber(terms.term(t1)) || isNumber(terms.term(t2));
            features[c] = ConceptFeatures.vector(terms.articleCount(), terms.sentenceCount(), documents.get(c),
                    leadDocuments.get(c), earliest.get(c), earliness.get(c), occurrences.get(c), q, nb, meanIdf,
                    number);
            weight[c] = weights.weight(features[c]);
        }
        return new ConceptModel(concepts, weight, first.toArray(), second.toArray(), features);
    }

    private static boolean isNumber(String term) {
        return !term.isEmpty() && Character.isDigit(term.charAt(0));
    }

    /** A growable double array. */
    private static final class DoubleList {
        private double[] values = new double[256];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        double get(int i) {
            return values[i];
        }

        void set(int i, double v) {
            values[i] = v;
        }
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

        int[] toArray() {
            return Arrays.copyOf(values, size);
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

    /** Term id of the concept's first word. */
    int firstTerm(int concept) {
        return firstTerm[concept];
    }

    /** Term id of the concept's second word. */
    int secondTerm(int concept) {
        return secondTerm[concept];
    }

    /** The feature vector the concept's weight was computed from (a copy). */
    double[] features(int concept) {
        return features[concept].clone();
    }
}
