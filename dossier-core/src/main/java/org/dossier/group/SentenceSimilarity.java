package org.dossier.group;

import org.dossier.analyse.terms.ClusterTerms;

/**
 * How much two sentences say the same thing, measured on their content terms weighted by rarity (idf).
 *
 * <p>Two views of the overlap are kept, because they catch different cases:
 * <ul>
 *   <li><b>containment</b>: shared weight over the weight of the <em>smaller</em> sentence. High when one
 *       sentence says everything the other says, even if it also says more ("Putin insists Assad may run" inside
 *       a longer sentence that adds who reported it).</li>
 *   <li><b>dice</b>: twice the shared weight over both weights. High only when the two sentences are about the
 *       same size as well, which stops a short sentence from being glued to a long one that merely mentions it.</li>
 * </ul>
 *
 * @param shared      number of distinct terms the sentences share
 * @param containment weighted overlap over the smaller sentence, 0..1
 * @param dice        weighted Dice coefficient, 0..1
 */
public record SentenceSimilarity(int shared, double containment, double dice) {

    /** Compares two sentences of the cluster by merging their sorted term sets. */
    public static SentenceSimilarity between(ClusterTerms terms, SentenceRef x, SentenceRef y) {
        int[] a = terms.set(x.article(), x.sentence());
        int[] b = terms.set(y.article(), y.sentence());
        double wa = weight(terms, a);
        double wb = weight(terms, b);
        double common = 0;
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common += terms.idf(a[i]);
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return of(shared, common, wa, wb);
    }

    /** Builds the measure from the shared weight and the two sentence weights. */
    static SentenceSimilarity of(int shared, double common, double wa, double wb) {
        if (shared == 0 || wa == 0 || wb == 0) {
            return new SentenceSimilarity(0, 0, 0);
        }
        return new SentenceSimilarity(shared, common / Math.min(wa, wb), 2 * common / (wa + wb));
    }

    /** Sum of the idf of the terms: the "size" of a sentence in this measure. */
    static double weight(ClusterTerms terms, int[] set) {
        double w = 0;
        for (int t : set) {
            w += terms.idf(t);
        }
        return w;
    }
}
