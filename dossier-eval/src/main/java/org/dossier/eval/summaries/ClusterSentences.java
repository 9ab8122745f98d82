package org.dossier.eval.summaries;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.analyse.terms.TermAnalyzer;
import org.dossier.clean.ScrapedTextCleaner;
import org.dossier.model.Article;

/**
 * The sentences of a whole cluster, prepared once for the graph and centroid baselines.
 *
 * <p>Every document goes through the same steps as in the Dossier pipeline: {@link ScrapedTextCleaner} on the
 * cluster's {@link Article}s, then the project's {@link SentenceSplitter}, then {@link TermAnalyzer} for content
 * terms. A sentence without a single content term ("Yes.", a dateline) can say nothing about the story and is left
 * out. Each kept sentence gets a TF-IDF vector whose idf is computed over the cluster's sentences, i.e. a term is
 * informative when few sentences of this story use it — the convention of LexRank.
 *
 * <p>Vectors are stored sparsely as sorted term ids with weights. The graph baselines need the similarity of every
 * pair of sentences (a DUC cluster has about 700 sentences, so about 240,000 pairs); {@link #cosines()} and
 * {@link #sharedTerms()} compute them all at once through an inverted index, visiting only the pairs that share
 * a term, which is several times faster than comparing every pair.
 */
final class ClusterSentences {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final ScrapedTextCleaner CLEANER = new ScrapedTextCleaner();
    private static final TermAnalyzer TERMS = new TermAnalyzer();

    /** The kept sentences in cluster reading order (document by document). */
    final List<String> texts = new ArrayList<>();
    /** Content terms of each sentence, repeats kept. */
    final List<List<String>> terms = new ArrayList<>();
    /** 0-based position of each sentence among the kept sentences of its document. */
    final List<Integer> positionInDocument = new ArrayList<>();
    /** How many sentences the sentence's document kept. */
    final List<Integer> documentLength = new ArrayList<>();
    /** Number of distinct terms in the cluster: the dimension of the vectors. */
    final int vocabularySize;
    /** idf of each term id, log(sentences / sentences containing the term). */
    final double[] idf;
    /** TF-IDF vector of each sentence. */
    final SparseVector[] vectors;

    ClusterSentences(Cluster cluster) {
        for (Article article : cluster.articles()) {
            List<String> sentences = SPLITTER.sentences(CLEANER.clean(article).text());
            int first = texts.size();
            for (String sentence : sentences) {
                List<String> t = TERMS.contentTerms(sentence);
                if (!t.isEmpty()) {
                    positionInDocument.add(texts.size() - first);
                    texts.add(sentence);
                    terms.add(t);
                }
            }
            for (int i = first; i < texts.size(); i++) {
                documentLength.add(texts.size() - first);
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        List<Integer> documentFrequency = new ArrayList<>();
        for (List<String> t : terms) {
            for (String term : new java.util.HashSet<>(t)) {
                Integer id = ids.get(term);
                if (id == null) {
                    ids.put(term, ids.size());
                    documentFrequency.add(1);
                } else {
                    documentFrequency.set(id, documentFrequency.get(id) + 1);
                }
            }
        }
        vocabularySize = ids.size();
        idf = new double[vocabularySize];
        for (int id = 0; id < vocabularySize; id++) {
            idf[id] = Math.log((double) terms.size() / documentFrequency.get(id));
        }
        vectors = new SparseVector[terms.size()];
        for (int s = 0; s < terms.size(); s++) {
            // A TreeMap keeps ids sorted, which the merge in SparseVector#dot relies on.
            TreeMap<Integer, Integer> counts = new TreeMap<>();
            for (String term : terms.get(s)) {
                counts.merge(ids.get(term), 1, Integer::sum);
            }
            Map<Integer, Double> weights = new TreeMap<>();
            counts.forEach((id, tf) -> weights.put(id, tf * idf[id]));
            vectors[s] = SparseVector.of(weights);
        }
    }

    /**
     * The TF-IDF cosine of every pair of sentences, as a symmetric matrix with 1 on the diagonal for every sentence
     * that has a non-zero vector.
     */
    double[][] cosines() {
        double[][] dots = pairwiseSums(true);
        int n = size();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double norms = vectors[i].norm() * vectors[j].norm();
                dots[i][j] = norms == 0 ? 0 : dots[i][j] / norms;
            }
        }
        return dots;
    }

    /** For every pair of sentences, how many distinct content terms they share (symmetric matrix). */
    double[][] sharedTerms() {
        return pairwiseSums(false);
    }

    /**
     * Sums, for every pair of sentences, a contribution of each term both contain: the product of the two TF-IDF
     * weights ({@code weighted}, i.e. the dot product) or 1 (a count of shared terms). Works term by term over the
     * sentences that contain it, so pairs with nothing in common cost nothing.
     */
    private double[][] pairwiseSums(boolean weighted) {
        int n = size();
        int[] postingCount = new int[vocabularySize];
        for (SparseVector v : vectors) {
            for (int id : v.ids()) {
                postingCount[id]++;
            }
        }
        int[][] postingSentence = new int[vocabularySize][];
        double[][] postingWeight = new double[vocabularySize][];
        for (int id = 0; id < vocabularySize; id++) {
            postingSentence[id] = new int[postingCount[id]];
            postingWeight[id] = new double[postingCount[id]];
        }
        int[] filled = new int[vocabularySize];
        for (int s = 0; s < n; s++) {
            SparseVector v = vectors[s];
            for (int k = 0; k < v.ids().length; k++) {
                int id = v.ids()[k];
                postingSentence[id][filled[id]] = s;
                postingWeight[id][filled[id]] = weighted ? v.weights()[k] : 1;
                filled[id]++;
            }
        }
        double[][] sums = new double[n][n];
        for (int id = 0; id < vocabularySize; id++) {
            int[] sentencesWithTerm = postingSentence[id];
            double[] w = postingWeight[id];
            if (weighted && idf[id] == 0) {
                continue; // a term in every sentence has weight 0 everywhere
            }
            for (int a = 0; a < sentencesWithTerm.length; a++) {
                double[] row = sums[sentencesWithTerm[a]];
                for (int b = 0; b < sentencesWithTerm.length; b++) {
                    row[sentencesWithTerm[b]] += w[a] * w[b];
                }
            }
        }
        return sums;
    }

    int size() {
        return texts.size();
    }

    /** Cosine of the TF-IDF vectors of sentences {@code a} and {@code b}. */
    double cosine(int a, int b) {
        return vectors[a].cosine(vectors[b]);
    }

    /** The distinct content terms of a sentence, for overlap counts. */
    List<String> distinctTerms(int s) {
        List<String> d = new ArrayList<>(new java.util.LinkedHashSet<>(terms.get(s)));
        return Collections.unmodifiableList(d);
    }

    /**
     * A sparse vector: parallel arrays of increasing term ids and their weights, with its norm precomputed.
     */
    record SparseVector(int[] ids, double[] weights, double norm) {
        static SparseVector of(Map<Integer, Double> sortedWeights) {
            int[] ids = new int[sortedWeights.size()];
            double[] w = new double[ids.length];
            double sq = 0;
            int i = 0;
            for (Map.Entry<Integer, Double> e : sortedWeights.entrySet()) {
                ids[i] = e.getKey();
                w[i] = e.getValue();
                sq += w[i] * w[i];
                i++;
            }
            return new SparseVector(ids, w, Math.sqrt(sq));
        }

        double dot(SparseVector other) {
            double sum = 0;
            int i = 0;
            int j = 0;
            while (i < ids.length && j < other.ids.length) {
                if (ids[i] == other.ids[j]) {
                    sum += weights[i++] * other.weights[j++];
                } else if (ids[i] < other.ids[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return sum;
        }

        /** Cosine similarity; 0 when either vector is all zeros (only terms used by every sentence). */
        double cosine(SparseVector other) {
            if (norm == 0 || other.norm == 0) {
                return 0;
            }
            return dot(other) / (norm * other.norm);
        }
    }
}
