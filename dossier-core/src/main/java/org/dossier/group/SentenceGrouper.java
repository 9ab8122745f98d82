package org.dossier.group;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.dossier.analyse.terms.ClusterTerms;
import org.dossier.analyse.terms.TermAnalyzer;
import org.dossier.model.AnalysedArticle;

/**
 * Finds sentences, across and within articles, that state the same thing, so that a fact reported by three
 * outlets can be shown once and cite all three.
 *
 * <p>How it works:
 * <ol>
 *   <li><b>Candidates from an inverted index.</b> Every sentence is a sorted set of content terms (stopwords out,
 *       stemmed: see {@link ClusterTerms}). Walking the posting list of each of its terms accumulates, for every
 *       earlier sentence sharing at least one term, the idf weight they share. Only pairs that share something are
 *       ever looked at, so the cost follows the number of overlapping pairs, not the square of the sentence count.</li>
 *   <li><b>Pair test.</b> A pair is "the same fact" when it shares at least {@value #MIN_SHARED} terms (or all the
 *       terms of a very short sentence) and both its weighted containment and its weighted Dice reach their
 *       thresholds (see {@link SentenceSimilarity}). Stemming and hyphen splitting make "met for 90 minutes" and
 *       "the 90-minute meeting" share {@code 90} and {@code minut}; the names, place and day they also share do
 *       the rest, while "met" and "meeting" need not match.</li>
 *   <li><b>Merging without chains.</b> Pairs are merged strongest first (union-find), but two groups join only if
 *       every sentence of one still overlaps every sentence of the other at least
 *       {@code linkContainment}. Plain single-link merging would let A~B and B~C drag in an unrelated C.</li>
 * </ol>
 *
 * <p>Stateless apart from its thresholds; thread-safe.
 */
public final class SentenceGrouper {
    /** Fewest shared content terms for two sentences of ordinary length to be the same fact. */
    public static final int MIN_SHARED = 4;

    private final TermAnalyzer analyzer;
    private final double minContainment;
    private final double minDice;
    private final double linkContainment;

    /** Default analyzer and thresholds tuned by reading groups of real multi-outlet coverage. */
    public SentenceGrouper() {
        this(new TermAnalyzer());
    }

    /** Default thresholds with the given analyzer (to share a stemmer with the rest of the pipeline). */
    public SentenceGrouper(TermAnalyzer analyzer) {
        this(analyzer, 0.6, 0.5, 0.45);
    }

    /**
     * @param minContainment  weighted containment a pair needs (0..1)
     * @param minDice         weighted Dice a pair needs (0..1)
     * @param linkContainment containment every cross pair needs when two groups merge (0..1)
     */
    public SentenceGrouper(TermAnalyzer analyzer, double minContainment, double minDice, double linkContainment) {
        this.analyzer = analyzer;
        this.minContainment = minContainment;
        this.minDice = minDice;
        this.linkContainment = linkContainment;
    }

    /** Groups the sentences of {@code articles}. */
    public SentenceGroups group(List<AnalysedArticle> articles) {
        return group(ClusterTerms.of(articles, analyzer));
    }

    /** Groups sentences whose terms were already computed (the summariser shares them). */
    public SentenceGroups group(ClusterTerms terms) {
        List<SentenceRef> refs = new ArrayList<>();
        for (int a = 0; a < terms.articleCount(); a++) {
            for (int s = 0; s < terms.sentenceCount(a); s++) {
                refs.add(new SentenceRef(a, s));
            }
        }
        List<Edge> edges = candidateEdges(terms, refs);
        int[] parent = mergeGroups(terms, refs, edges);
        return collect(terms, refs, parent);
    }

    /** Pairs that pass the pair test, found through an inverted index on term ids. */
    private List<Edge> candidateEdges(ClusterTerms terms, List<SentenceRef> refs) {
        int n = refs.size();
        double[] idf = new double[terms.vocabularySize()];
        for (int t = 0; t < idf.length; t++) {
            idf[t] = terms.idf(t);
        }
        int[][] sets = new int[n][];
        double[] weight = new double[n];
        int[] postingSize = new int[idf.length];
        for (int g = 0; g < n; g++) {
            sets[g] = terms.set(refs.get(g).article(), refs.get(g).sentence());
            for (int t : sets[g]) {
                weight[g] += idf[t];
                postingSize[t]++;
            }
        }
        // postings[t] holds, in increasing order, the sentences already visited that contain t
        int[][] postings = new int[idf.length][];
        for (int t = 0; t < idf.length; t++) {
            postings[t] = new int[postingSize[t]];
        }
        int[] filled = new int[idf.length];
        double[] common = new double[n];
        int[] shared = new int[n];
        int[] touched = new int[n];
        List<Edge> edges = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            int touchedCount = 0;
            for (int t : sets[g]) {
                int[] list = postings[t];
                for (int k = 0; k < filled[t]; k++) {
                    int h = list[k];
                    if (shared[h] == 0) {
                        touched[touchedCount++] = h;
                    }
                    shared[h]++;
                    common[h] += idf[t];
                }
            }
            for (int k = 0; k < touchedCount; k++) {
                int h = touched[k];
                int needed = Math.min(MIN_SHARED, Math.min(sets[g].length, sets[h].length));
                if (shared[h] >= Math.max(2, needed)) {
                    SentenceSimilarity sim = SentenceSimilarity.of(shared[h], common[h], weight[g], weight[h]);
                    if (sim.containment() >= minContainment && sim.dice() >= minDice) {
                        edges.add(new Edge(h, g, sim.dice()));
                    }
                }
                shared[h] = 0;
                common[h] = 0;
            }
            for (int t : sets[g]) {
                postings[t][filled[t]++] = g;
            }
        }
        return edges;
    }

    /** Union-find over the edges, strongest first, refusing merges that would chain unrelated sentences. */
    private int[] mergeGroups(ClusterTerms terms, List<SentenceRef> refs, List<Edge> edges) {
        int n = refs.size();
        int[] parent = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int g = 0; g < n; g++) {
            parent[g] = g;
            members.add(new ArrayList<>(List.of(g)));
        }
        edges.sort(Comparator.comparingDouble(Edge::score).reversed()
                .thenComparingInt(Edge::first).thenComparingInt(Edge::second));
        for (Edge e : edges) {
            int ra = find(parent, e.first());
            int rb = find(parent, e.second());
            if (ra == rb || !allLinked(terms, refs, members.get(ra), members.get(rb))) {
                continue;
            }
            // keep the smaller index as root so that the result does not depend on merge order details
            int root = Math.min(ra, rb);
            int other = Math.max(ra, rb);
            parent[other] = root;
            members.get(root).addAll(members.get(other));
            members.set(other, List.of());
        }
        return parent;
    }

    private boolean allLinked(ClusterTerms terms, List<SentenceRef> refs, List<Integer> x, List<Integer> y) {
        if (x.size() == 1 && y.size() == 1) {
            return true; // the edge itself already passed the stricter pair test
        }
        for (int i : x) {
            for (int j : y) {
                if (SentenceSimilarity.between(terms, refs.get(i), refs.get(j)).containment() < linkContainment) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int find(int[] parent, int g) {
        while (parent[g] != g) {
            parent[g] = parent[parent[g]];
            g = parent[g];
        }
        return g;
    }

    private static SentenceGroups collect(ClusterTerms terms, List<SentenceRef> refs, int[] parent) {
        int n = refs.size();
        int[] groupOfRoot = new int[n];
        Arrays.fill(groupOfRoot, -1);
        List<List<SentenceRef>> members = new ArrayList<>();
        int[][] groupOf = new int[terms.articleCount()][];
        for (int a = 0; a < terms.articleCount(); a++) {
            groupOf[a] = new int[terms.sentenceCount(a)];
        }
        // refs are in input order, so groups come out ordered by their first member and members stay sorted
        for (int g = 0; g < n; g++) {
            int root = find(parent, g);
            if (groupOfRoot[root] < 0) {
                groupOfRoot[root] = members.size();
                members.add(new ArrayList<>());
            }
            int id = groupOfRoot[root];
            members.get(id).add(refs.get(g));
            groupOf[refs.get(g).article()][refs.get(g).sentence()] = id;
        }
        List<SentenceGroup> groups = new ArrayList<>(members.size());
        for (int id = 0; id < members.size(); id++) {
            groups.add(new SentenceGroup(id, members.get(id)));
        }
        return new SentenceGroups(groups, groupOf);
    }

    /** A candidate pair: {@code first < second} in input order, scored by weighted Dice. */
    private record Edge(int first, int second, double score) {
    }
}
