package org.dossier.eval.summaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.dossier.eval.rouge.LengthLimit;
import org.junit.jupiter.api.Test;

/** LexRank, TextRank and Centroid on small invented clusters. */
class RankingBaselinesTest {

    /**
     * Three invented reports of a bridge closure. The first sentence of each document repeats the main fact in
     * nearly the same words, so the redundancy rule must keep only one of them.
     */
    private static final Cluster BRIDGE = new Cluster("bridge", null, List.of(
            new Cluster.Document("a", null, null,
                    "The river bridge in Marlow closed on Monday after engineers found cracks in a pillar. "
                            + "Traffic was sent through the old town. Shop owners said trade fell sharply."),
            new Cluster.Document("b", null, null,
                    "The river bridge in Marlow closed on Monday after engineers found cracks in its pillar. "
                            + "The council said repairs to the pillar could take six weeks. "
                            + "A ferry will carry cyclists across the river."),
            new Cluster.Document("c", null, null,
                    "Engineers found cracks in a pillar of the Marlow river bridge, which closed on Monday. "
                            + "Buses now take a long detour. The council promised weekly updates on the repairs.")),
            List.of("A cracked pillar closed the Marlow bridge."));

    private static List<Function<Cluster, List<String>>> baselines(int words) {
        return List.of(new LexRank(words), new TextRank(words), new Centroid(words));
    }

    @Test
    void summariesStayWithinTheWordBudgetAndUseWholeSentences() {
        List<String> all = new ClusterSentences(BRIDGE).texts;
        for (int budget : new int[] {5, 12, 25, 60}) {
            for (Function<Cluster, List<String>> baseline : baselines(budget)) {
                List<String> summary = baseline.apply(BRIDGE);
                int words = summary.stream().mapToInt(LengthLimit::wordCount).sum();
                assertTrue(words <= budget, baseline + " used " + words + " words");
                assertTrue(all.containsAll(summary), baseline + " returned a sentence not in the cluster");
            }
        }
    }

    @Test
    void aBudgetTooSmallForAnySentenceGivesAnEmptySummary() {
        for (Function<Cluster, List<String>> baseline : baselines(2)) {
            assertEquals(List.of(), baseline.apply(BRIDGE), baseline.toString());
        }
    }

    @Test
    void summariesAreDeterministic() {
        for (Function<Cluster, List<String>> baseline : baselines(40)) {
            List<String> first = baseline.apply(BRIDGE);
            assertFalse(first.isEmpty(), baseline.toString());
            assertEquals(first, baseline.apply(BRIDGE), baseline.toString());
        }
        assertEquals(new LexRank(40).apply(BRIDGE), new LexRank(40).apply(BRIDGE));
    }

    @Test
    void noTwoChosenSentencesAreNearRepeats() {
        ClusterSentences sentences = new ClusterSentences(BRIDGE);
        // The two opening sentences that differ in one word are near-repeats by construction.
        assertTrue(sentences.cosine(0, 3) > RedundancyAwarePicker.MAX_SIMILARITY);
        for (Function<Cluster, List<String>> baseline : baselines(200)) {
            List<String> summary = baseline.apply(BRIDGE);
            assertTrue(summary.size() < sentences.size(), baseline + " kept a repeat");
            for (int i = 0; i < summary.size(); i++) {
                for (int j = i + 1; j < summary.size(); j++) {
                    int a = sentences.texts.indexOf(summary.get(i));
                    int b = sentences.texts.indexOf(summary.get(j));
                    assertTrue(sentences.cosine(a, b) <= RedundancyAwarePicker.MAX_SIMILARITY,
                            baseline + " chose both: " + summary.get(i) + " / " + summary.get(j));
                }
            }
        }
    }

    @Test
    void aFactEveryOutletReportsOutscoresADetailOnlyOneMentions() {
        ClusterSentences sentences = new ClusterSentences(BRIDGE);
        int sharedFact = 0;
        int loneDetail = sentences.texts.indexOf("Buses now take a long detour.");
        List<double[]> allScores = List.of(LexRank.scores(sentences), TextRank.scores(sentences),
                Centroid.scores(sentences));
        for (double[] scores : allScores) {
            assertTrue(scores[sharedFact] > scores[loneDetail]);
        }
        // Central and first in its document, the repeated fact opens the centroid summary.
        assertTrue(new Centroid(40).apply(BRIDGE).get(0).contains("cracks"));
    }

    @Test
    void pageRankFavoursTheHubOfAStar() {
        // Node 0 is linked to 1, 2 and 3, which are not linked to each other.
        PageRank star = new PageRank(4);
        star.link(0, 1, 1);
        star.link(0, 2, 1);
        star.link(0, 3, 1);
        double[] p = star.scores(0.85);
        assertEquals(1.0, p[0] + p[1] + p[2] + p[3], 1e-9);
        assertTrue(p[0] > p[1]);
        assertEquals(p[1], p[3], 1e-12);
    }

    @Test
    void allPairSimilaritiesAgreeWithPairByPairOnes() {
        ClusterSentences sentences = new ClusterSentences(BRIDGE);
        double[][] cosines = sentences.cosines();
        double[][] shared = sentences.sharedTerms();
        for (int i = 0; i < sentences.size(); i++) {
            for (int j = 0; j < sentences.size(); j++) {
                assertEquals(sentences.cosine(i, j), cosines[i][j], 1e-9);
                java.util.Set<String> common = new java.util.HashSet<>(sentences.terms.get(i));
                common.retainAll(sentences.terms.get(j));
                assertEquals(common.size(), shared[i][j], 1e-9);
            }
        }
    }

    @Test
    void namesSayWhichBaselineAndBudget() {
        assertEquals("LexRank (250 words)", new LexRank(250).toString());
        assertEquals("TextRank (250 words)", new TextRank(250).toString());
        assertEquals("Centroid (250 words)", new Centroid(250).toString());
    }
}
