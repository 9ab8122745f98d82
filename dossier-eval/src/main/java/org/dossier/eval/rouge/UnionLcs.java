package org.dossier.eval.rouge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Summary-level ROUGE-L hits: the union longest common subsequence of each reference sentence against every
 * system sentence (Lin 2004, section 3.2).
 *
 * <p>For one reference sentence, the LCS with each system sentence marks some of its words; the union of those
 * marks is what that sentence shares with the summary. Summed over reference sentences this gives the hits. Two
 * details decide the exact figure and copy ROUGE-1.5.5:
 * <ul>
 *   <li>when several LCSs exist, the one traced back from the end of both sentences, preferring to step back in
 *       the reference sentence on ties, is the one marked;</li>
 *   <li>a marked word counts as a hit only while both summaries still have an unused occurrence of it, so a word
 *       the system says once cannot match many reference sentences.</li>
 * </ul>
 */
final class UnionLcs {
    private UnionLcs() {
    }

    /** The union-LCS hits of a reference against a system summary. */
    static long hits(TokenizedSummary reference, TokenizedSummary system) {
        Map<String, Integer> referenceLeft = new HashMap<>(reference.unigrams());
        Map<String, Integer> systemLeft = new HashMap<>(system.unigrams());
        long hits = 0;
        for (String[] refSentence : reference.sentences()) {
            if (refSentence.length == 0) {
                continue;
            }
            boolean[] marked = new boolean[refSentence.length];
            for (String[] sysSentence : system.sentences()) {
                if (sysSentence.length > 0) {
                    markLcs(refSentence, sysSentence, marked);
                }
            }
            for (int i = 0; i < refSentence.length; i++) {
                String word = refSentence[i];
                if (marked[i] && remaining(referenceLeft, word) > 0 && remaining(systemLeft, word) > 0) {
                    referenceLeft.merge(word, -1, Integer::sum);
                    systemLeft.merge(word, -1, Integer::sum);
                    hits++;
                }
            }
        }
        return hits;
    }

    /** Marks, in {@code marked}, the reference positions of one LCS of the two sentences. */
    private static void markLcs(String[] ref, String[] sys, boolean[] marked) {
        int m = ref.length;
        int n = sys.length;
        int[][] length = new int[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                if (ref[i - 1].equals(sys[j - 1])) {
                    length[i][j] = length[i - 1][j - 1] + 1;
                } else {
                    length[i][j] = Math.max(length[i - 1][j], length[i][j - 1]);
                }
            }
        }
        int i = m;
        int j = n;
        while (i > 0 && j > 0) {
            if (ref[i - 1].equals(sys[j - 1])) {
                marked[i - 1] = true;
                i--;
                j--;
            } else if (length[i - 1][j] >= length[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
    }

    private static int remaining(Map<String, Integer> left, String word) {
        return left.getOrDefault(word, 0);
    }
}
