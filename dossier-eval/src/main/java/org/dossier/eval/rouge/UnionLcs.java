package org.dossier.eval.rouge;

/**
 * Summary-level ROUGE-L hits: the union longest common subsequence of each reference sentence against every
 * system sentence (Lin 2004, section 3.2).
 *
 * <p>For one reference sentence, the LCS with each system sentence marks some of its words; the union of those
 * marks is what that sentence shares with the summary. Summed over reference sentences this gives the hits. Two
 * details decide the exact figure and copy ROUGE-1.5.5 (the fixture gate fails without either):
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

    /** The union-LCS hits of a reference against a system summary (both encoded with the same vocabulary). */
    static long hits(EncodedSummary reference, EncodedSummary system) {
        int[] referenceLeft = reference.unigramCounts().clone();
        int[] systemLeft = system.unigramCounts().clone();
        int longestSystemSentence = 0;
        for (int[] s : system.sentences()) {
            longestSystemSentence = Math.max(longestSystemSentence, s.length);
        }
        int[] table = new int[0];
        long hits = 0;
        for (int[] refSentence : reference.sentences()) {
            if (refSentence.length == 0) {
                continue;
            }
            int cells = (refSentence.length + 1) * (longestSystemSentence + 1);
            if (table.length < cells) {
                table = new int[cells];
            }
            boolean[] marked = new boolean[refSentence.length];
            for (int[] sysSentence : system.sentences()) {
                if (sysSentence.length > 0) {
                    markLcs(refSentence, sysSentence, marked, table);
                }
            }
            for (int i = 0; i < refSentence.length; i++) {
                int word = refSentence[i];
                if (marked[i] && referenceLeft[word] > 0 && systemLeft[word] > 0) {
                    referenceLeft[word]--;
                    systemLeft[word]--;
                    hits++;
                }
            }
        }
        return hits;
    }

    /**
     * Marks, in {@code marked}, the reference positions of one LCS of the two sentences. {@code table} is scratch
     * space of at least (|ref| + 1) × (|sys| + 1) cells: LCS lengths of all prefix pairs, row-major.
     */
    private static void markLcs(int[] ref, int[] sys, boolean[] marked, int[] table) {
        int m = ref.length;
        int n = sys.length;
        int width = n + 1;
        for (int j = 0; j <= n; j++) {
            table[j] = 0;
        }
        for (int i = 1; i <= m; i++) {
            int row = i * width;
            int above = row - width;
            table[row] = 0;
            int word = ref[i - 1];
            for (int j = 1; j <= n; j++) {
                if (word == sys[j - 1]) {
                    table[row + j] = table[above + j - 1] + 1;
                } else {
                    table[row + j] = Math.max(table[above + j], table[row + j - 1]);
                }
            }
        }
        int i = m;
        int j = n;
        while (i > 0 && j > 0) {
            if (ref[i - 1] == sys[j - 1]) {
                marked[i - 1] = true;
                i--;
                j--;
            } else if (table[(i - 1) * width + j] >= table[i * width + j - 1]) {
                i--;
            } else {
                j--;
            }
        }
    }
}
