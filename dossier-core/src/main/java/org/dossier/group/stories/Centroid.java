package org.dossier.group.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sum of a story's member vectors in one feature family, kept as IDF-free masses (see {@link FamilyVector}) so
 * that the weights current at comparison time apply, and cut to its strongest features so that a story's memory
 * does not grow with its size.
 *
 * <p>Why a sum and not a mean: the mean similarity of an article {@code q} to the {@code n} members of a story is
 * {@code sum_i q . d_i / n = q . (sum_i d_i) / n}, so one sum gives the average-linkage similarity of the article
 * to the whole story in one pass over the article's features, without touching the members. With
 * {@code d_i = mass_i * idf}, {@code q . sum_i d_i = sum_t q_t * idf_t * mass_t}. Mutable; owned by one story.
 */
final class Centroid {
    private final HashMap<String, double[]> mass;
    /** Members that had at least one feature of this family: the {@code n} of the mean. */
    private int members;

    Centroid() {
        this.mass = new HashMap<>();
    }

    private Centroid(HashMap<String, double[]> mass, int members) {
        this.mass = mass;
        this.members = members;
    }

    int members() {
        return members;
    }

    int size() {
        return mass.size();
    }

    /** Adds a member's vector; cuts back to {@code limit} features (by current weight) when twice that is exceeded. */
    void add(FamilyVector v, DocumentFrequencies df, int limit) {
        if (v.isEmpty()) {
            return;
        }
        members++;
        for (int i = 0; i < v.size(); i++) {
            double[] cell = mass.get(v.feature(i));
            if (cell == null) {
                mass.put(v.feature(i), new double[] {v.mass(i)});
            } else {
                cell[0] += v.mass(i);
            }
        }
        if (mass.size() > 2 * limit) {
            List<String> keep = strongest(df, limit);
            mass.keySet().retainAll(new java.util.HashSet<>(keep));
        }
    }

    /**
     * Takes back a member's vector (the very one that was {@link #add added}), when a revision moves the member to
     * another story. A feature the cut-back already dropped stays dropped; masses that fall to about zero go.
     */
    void remove(FamilyVector v) {
        if (v.isEmpty()) {
            return;
        }
        members = Math.max(0, members - 1);
        for (int i = 0; i < v.size(); i++) {
            double[] cell = mass.get(v.feature(i));
            if (cell != null) {
                cell[0] -= v.mass(i);
                if (cell[0] <= 1e-9) {
                    mass.remove(v.feature(i));
                }
            }
        }
    }

    /**
     * The estimated mean similarity of article vector {@code q} to the members: {@code sum_t q_t idf_t mass_t / n}.
     * Zero when either side has no features of this family. The IDF is the one the article was weighed with,
     * which is the current one: the article is compared as soon as it is weighed.
     */
    double meanSimilarity(FamilyVector q) {
        if (members == 0 || q.isEmpty()) {
            return 0;
        }
        double dot = 0;
        for (int i = 0; i < q.size(); i++) {
            double[] cell = mass.get(q.feature(i));
            if (cell != null) {
                dot += q.weight(i) * q.idf(i) * cell[0];
            }
        }
        return Math.min(1.0, dot / members);
    }

    /** The {@code k} features of highest current weight, strongest first, ties by feature. */
    List<String> strongest(DocumentFrequencies df, int k) {
        List<Map.Entry<String, Double>> rows = new ArrayList<>(mass.size());
        for (Map.Entry<String, double[]> e : mass.entrySet()) {
            rows.add(Map.entry(e.getKey(), e.getValue()[0] * df.idf(e.getKey())));
        }
        rows.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> out = new ArrayList<>(Math.min(k, rows.size()));
        for (int i = 0; i < rows.size() && i < k; i++) {
            out.add(rows.get(i).getKey());
        }
        return out;
    }

    /** The masses sorted by feature, for snapshots. */
    Map<String, Double> toMap() {
        Map<String, Double> out = new TreeMap<>();
        mass.forEach((k, v) -> out.put(k, v[0]));
        return out;
    }

    static Centroid of(int members, Map<String, Double> saved) {
        HashMap<String, double[]> mass = new HashMap<>(saved.size() * 2);
        saved.forEach((k, v) -> mass.put(k, new double[] {v}));
        return new Centroid(mass, members);
    }
}
