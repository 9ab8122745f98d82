package org.dossier.group.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How alike two documents are as reports of one event: a weighted mix of two cosine similarities, scaled down when
 * the days the documents report disagree; all three over TF-IDF vectors weighted against the collection at hand.
 *
 * <ul>
 *   <li><b>terms</b>: what the documents talk about ("earthquake", "rehab", "harbour dues");</li>
 *   <li><b>names</b>: who and where (capitalised words): the strongest sign that two reports of two earthquakes are
 *       about different earthquakes is that they name different towns;</li>
 *   <li><b>dates</b>: which days they report. Not mixed in but multiplied: with {@code d = weights.dates()},
 *       the mix is scaled by {@code 1 - d + d * cosine(dates)}. Two articles about the same people that report
 *       different days (the first meeting and the second) are pushed apart, which no amount of shared vocabulary
 *       should undo; two documents with no resolved days (no publication dates) are compared on words alone.</li>
 * </ul>
 *
 * <p>The inverse document frequency is computed over the collection passed in. Inside one story (a few articles)
 * that discounts what every article shares, the story's subject, and leaves what tells its events apart; over a
 * whole stream it discounts common news vocabulary instead. That is what lets one similarity serve both event
 * separation inside a story and story clustering of a stream.
 *
 * <p><b>leads</b>: when the leads of two documents contradict each other ({@link LeadEvidence}), the similarity
 * is scaled by {@code 1 - weights.leads()}. This is the evidence that remains when no publication date resolves
 * the days: two meetings of the same leaders on the same subject, one "in New York ... Monday ... 90 minutes",
 * the other "in Antalya ... Sunday ... 35 minutes". A family that one of the two documents lacks
 * entirely (no dates at all, say) is left out of the mix rather than counted as disagreement.
 *
 * <p>Immutable; the similarity matrix is computed once, on construction.
 */
public final class DocumentSimilarity {

    /**
     * How much each feature family counts; they need not sum to one (the mix is normalised).
     *
     * @param terms weight of content-term cosine
     * @param names weight of name cosine
     * @param dates how strongly disagreeing dates pull the similarity down, from 0 (dates ignored) to 1 (two
     *              documents that report no common day are not alike at all)
     * @param leads how much of the similarity two documents lose when their leads contradict each other
     *              ({@link LeadEvidence#conflicts}: different place, weekday or length, and nothing in common)
     */
    public record Weights(double terms, double names, double dates, double leads) {
        /** The weights used unless told otherwise (chosen on the ECB+ development topics; see docs). */
        public static final Weights DEFAULT = new Weights(0.6, 0.4, 0.8, LEAD_CONFLICT);

        /** Weights that ignore the leads (as before lead evidence existed). */
        public Weights(double terms, double names, double dates) {
            this(terms, names, dates, 0);
        }
    }

    /** Default share of the similarity lost by two documents whose leads contradict each other. */
    static final double LEAD_CONFLICT = 0.75;

    private final double[][] matrix;

    private DocumentSimilarity(double[][] matrix) {
        this.matrix = matrix;
    }

    /** Weighs the documents' features against each other and computes every pairwise similarity. */
    public static DocumentSimilarity of(List<DocumentFeatures> documents, Weights weights) {
        int n = documents.size();
        SparseVector[] terms = tfIdf(documents, DocumentFeatures::terms);
        SparseVector[] names = tfIdf(documents, DocumentFeatures::names);
        SparseVector[] dates = tfIdf(documents, DocumentFeatures::dates);
        Set<String> topicPlaces = LeadEvidence.topicPlaces(documents.stream().map(DocumentFeatures::lead).toList(),
                documents.stream().map(DocumentFeatures::names).toList());
        double[][] matrix = new double[n][n];
        for (int i = 0; i < n; i++) {
            matrix[i][i] = 1.0;
            for (int j = i + 1; j < n; j++) {
                double sum = 0;
                double weight = 0;
                if (!terms[i].isEmpty() && !terms[j].isEmpty()) {
                    sum += weights.terms() * terms[i].cosine(terms[j]);
                    weight += weights.terms();
                }
                if (!names[i].isEmpty() && !names[j].isEmpty()) {
                    sum += weights.names() * names[i].cosine(names[j]);
                    weight += weights.names();
                }
                double s = weight == 0 ? 0 : sum / weight;
                if (!dates[i].isEmpty() && !dates[j].isEmpty()) {
                    // two reports of different days are reports of different events, however alike their words
                    s *= 1 - weights.dates() + weights.dates() * dates[i].cosine(dates[j]);
                }
                if (weights.leads() > 0
                        && LeadEvidence.conflicts(documents.get(i).lead(), documents.get(j).lead(), topicPlaces)) {
                    // leads that put the event in another city, on another weekday, for another length: the
                    // shared words are the shared subject of two events (a recap does not count: it is not the lead)
                    s *= 1 - weights.leads();
                }
                matrix[i][j] = s;
                matrix[j][i] = s;
            }
        }
        return new DocumentSimilarity(matrix);
    }

    /** With the {@link Weights#DEFAULT default} weights. */
    public static DocumentSimilarity of(List<DocumentFeatures> documents) {
        return of(documents, Weights.DEFAULT);
    }

    /** Number of documents. */
    public int size() {
        return matrix.length;
    }

    /** Similarity of documents {@code i} and {@code j}, between 0 and 1 (1 on the diagonal). */
    public double similarity(int i, int j) {
        return matrix[i][j];
    }

    /**
     * The same similarities measured against each document's nearest neighbour: {@code s(i,j) / sqrt(best(i) *
     * best(j))}, where {@code best(i)} is the similarity of {@code i} to the document most like it. This makes a
     * threshold independent of how long and how varied the documents are, which matters in a stream where some
     * stories are covered in depth and others by two short wire items; inside one story the absolute values work
     * better, because there every document has a close neighbour anyway.
     */
    public DocumentSimilarity relativeToNearestNeighbours() {
        int n = matrix.length;
        double[] best = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    best[i] = Math.max(best[i], matrix[i][j]);
                }
            }
        }
        double[][] relative = new double[n][n];
        for (int i = 0; i < n; i++) {
            relative[i][i] = 1.0;
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    double scale = Math.sqrt(best[i] * best[j]);
                    relative[i][j] = scale == 0 ? 0 : Math.min(1.0, matrix[i][j] / scale);
                }
            }
        }
        return new DocumentSimilarity(relative);
    }

    /** A copy of the full matrix. */
    public double[][] matrix() {
        double[][] copy = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    /**
     * Unit-length TF-IDF vectors of one feature family: weight {@code (1 + ln tf) * ln((N + 1) / df)}. The
     * {@code + 1} keeps a feature every document shares slightly above zero, so two-document stories still compare.
     */
    private static SparseVector[] tfIdf(List<DocumentFeatures> documents,
                                        Function<DocumentFeatures, Map<String, Integer>> family) {
        Map<String, Integer> ids = new HashMap<>();
        List<Integer> df = new ArrayList<>();
        for (DocumentFeatures d : documents) {
            for (String key : family.apply(d).keySet()) {
                Integer id = ids.get(key);
                if (id == null) {
                    ids.put(key, df.size());
                    df.add(1);
                } else {
                    df.set(id, df.get(id) + 1);
                }
            }
        }
        int n = documents.size();
        SparseVector[] out = new SparseVector[n];
        for (int d = 0; d < n; d++) {
            Map<String, Integer> counts = family.apply(documents.get(d));
            int[] index = new int[counts.size()];
            int k = 0;
            for (String key : counts.keySet()) {
                index[k++] = ids.get(key);
            }
            Arrays.sort(index);
            double[] value = new double[index.length];
            Map<Integer, Integer> byId = new HashMap<>(counts.size() * 2);
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                byId.put(ids.get(e.getKey()), e.getValue());
            }
            for (int i = 0; i < index.length; i++) {
                double tf = 1 + Math.log(byId.get(index[i]));
                value[i] = tf * Math.log((n + 1.0) / df.get(index[i]));
            }
            out[d] = new SparseVector(index, value).normalised();
        }
        return out;
    }

    /** A sparse vector: ascending feature ids and their weights. */
    private record SparseVector(int[] index, double[] value) {
        boolean isEmpty() {
            return index.length == 0;
        }

        SparseVector normalised() {
            double norm = 0;
            for (double v : value) {
                norm += v * v;
            }
            if (norm == 0) {
                return new SparseVector(new int[0], new double[0]);
            }
            double scale = 1 / Math.sqrt(norm);
            double[] scaled = new double[value.length];
            for (int i = 0; i < value.length; i++) {
                scaled[i] = value[i] * scale;
            }
            return new SparseVector(index, scaled);
        }

        double cosine(SparseVector other) {
            double dot = 0;
            int i = 0;
            int j = 0;
            while (i < index.length && j < other.index.length) {
                if (index[i] == other.index[j]) {
                    dot += value[i++] * other.value[j++];
                } else if (index[i] < other.index[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return dot;
        }
    }
}
