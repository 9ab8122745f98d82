package org.dossier.analyse.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Sentence;

/**
 * The content terms of every sentence of a cluster of articles, computed once and shared by the stages that
 * compare sentences (grouping, concept coverage, focus matching).
 *
 * <p>Terms are numbered (a small vocabulary per cluster) so that sentences can be compared as sorted
 * {@code int} arrays instead of sets of strings: that is what keeps grouping a thousand sentences to a few
 * milliseconds. Articles and sentences are addressed by their position in the input lists, which is also what
 * {@link AnalysedArticle#index()} and {@link Sentence#index()} normally hold.
 *
 * <p>Immutable after construction (the arrays handed out must not be modified by callers).
 */
public final class ClusterTerms {
    private final List<AnalysedArticle> articles;
    private final TermAnalyzer analyzer;
    private final List<String> vocabulary;
    private final Map<String, Integer> ids;
    /** [article][sentence] -> term ids in reading order, repeats kept. */
    private final int[][][] sequences;
    /** [article][sentence] -> distinct term ids, sorted ascending. */
    private final int[][][] sets;
    /** term id -> number of sentences of the cluster that contain it. */
    private final int[] sentenceFrequency;
    private final int sentenceCount;
    /** Marks a token that is not a content word (a stopword, a stray letter) in the token memo. */
    private static final int NOT_CONTENT = -1;

    private ClusterTerms(List<AnalysedArticle> articles, TermAnalyzer analyzer) {
        this.articles = List.copyOf(articles);
        this.analyzer = analyzer;
        List<String> vocab = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>(4096);
        // Each distinct token is judged (stopword?) and stemmed once per cluster, not at each of its occurrences:
        // the token's term id, or NOT_CONTENT. Same ids as analysing every sentence with contentTerms.
        Map<String, Integer> tokenIds = new HashMap<>(8192);
        IntBuffer buffer = new IntBuffer();
        sequences = new int[articles.size()][][];
        sets = new int[articles.size()][][];
        int count = 0;
        for (int a = 0; a < articles.size(); a++) {
            List<Sentence> sentences = articles.get(a).sentences();
            sequences[a] = new int[sentences.size()][];
            sets[a] = new int[sentences.size()][];
            for (int s = 0; s < sentences.size(); s++) {
                buffer.clear();
                analyzer.tokens(sentences.get(s).text(), token -> {
                    int id = tokenIds.computeIfAbsent(token, t -> {
                        String term = analyzer.termOf(t);
                        return term == null ? NOT_CONTENT : index.computeIfAbsent(term, u -> {
                            vocab.add(u);
                            return vocab.size() - 1;
                        });
                    });
                    if (id != NOT_CONTENT) {
                        buffer.add(id);
                    }
                });
                int[] seq = buffer.toArray();
                sequences[a][s] = seq;
                sets[a][s] = distinctSorted(seq, seq.length);
                count++;
            }
        }
        this.vocabulary = List.copyOf(vocab);
        this.ids = Collections.unmodifiableMap(index);
        this.sentenceCount = count;
        this.sentenceFrequency = new int[vocab.size()];
        for (int[][] article : sets) {
            for (int[] set : article) {
                for (int t : set) {
                    sentenceFrequency[t]++;
                }
            }
        }
    }

    /** A growable list of ints: one sentence's term ids while its tokens are read. */
    private static final class IntBuffer {
        private int[] values = new int[64];
        private int size;

        void clear() {
            size = 0;
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** The distinct values among the first {@code count} of {@code values}, ascending (a new array). */
    public static int[] distinctSorted(int[] values, int count) {
        int[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    /** Analyses every sentence of {@code articles} with {@code analyzer}. */
    public static ClusterTerms of(List<AnalysedArticle> articles, TermAnalyzer analyzer) {
        return new ClusterTerms(articles, analyzer);
    }

    /** The articles, in input order. */
    public List<AnalysedArticle> articles() {
        return articles;
    }

    /** The analyzer that produced the terms (to analyse a query the same way). */
    public TermAnalyzer analyzer() {
        return analyzer;
    }

    public int articleCount() {
        return articles.size();
    }

    /** Number of sentences of the article at {@code article}. */
    public int sentenceCount(int article) {
        return sequences[article].length;
    }

    /** Number of sentences in the whole cluster. */
    public int sentenceCount() {
        return sentenceCount;
    }

    /** Content term ids of one sentence, in reading order, repeats kept. Do not modify. */
    public int[] sequence(int article, int sentence) {
        return sequences[article][sentence];
    }

    /** Distinct content term ids of one sentence, ascending. Do not modify. */
    public int[] set(int article, int sentence) {
        return sets[article][sentence];
    }

    /** Number of distinct terms in the cluster; ids run from 0 to this minus one. */
    public int vocabularySize() {
        return vocabulary.size();
    }

    /** The term (stem) with the given id. */
    public String term(int id) {
        return vocabulary.get(id);
    }

    /** The id of a stemmed term, or -1 when no sentence of the cluster contains it. */
    public int idOf(String term) {
        Integer id = ids.get(term);
        return id == null ? -1 : id;
    }

    /** In how many sentences of the cluster the term occurs. */
    public int sentenceFrequency(int id) {
        return sentenceFrequency[id];
    }

    /**
     * Inverse sentence frequency, {@code ln(1 + N / sf)}: rare terms weigh more when two sentences are compared,
     * so sharing the names every sentence of the story mentions counts for little.
     */
    public double idf(int id) {
        return Math.log(1.0 + (double) sentenceCount / sentenceFrequency[id]);
    }
}
