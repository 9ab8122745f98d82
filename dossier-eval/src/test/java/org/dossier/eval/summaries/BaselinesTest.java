package org.dossier.eval.summaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselinesTest {

    private static final Cluster STORM = new Cluster("storm", null, List.of(
            new Cluster.Document("a", null, null,
                    "A storm hit the coast. Power failed in two towns. Crews worked late."),
            new Cluster.Document("b", null, null, "Schools stayed shut. The storm moved north by night.")),
            List.of("A storm cut power on the coast."));

    @Test
    void leadTakesWholeSentencesUntilTheBudgetIsReached() {
        // 5 words, then 5 more: the budget of 8 is reached inside the second sentence, which is kept whole.
        assertEquals(List.of("A storm hit the coast.", "Power failed in two towns."), new Lead(8).apply(STORM));
        assertEquals(List.of("A storm hit the coast."), new Lead(5).apply(STORM));
    }

    @Test
    void leadContinuesIntoTheNextDocumentUnlessAskedNotTo() {
        List<String> lead = new Lead(20).apply(STORM);
        assertEquals(5, lead.size());
        assertEquals("Schools stayed shut.", lead.get(3));
        assertEquals(3, Lead.firstDocumentOnly(20).apply(STORM).size());
    }

    @Test
    void randomSentencesAreReproducibleAndDrawnFromAllDocuments() {
        List<String> once = new RandomSentences(100, 7).apply(STORM);
        assertEquals(once, new RandomSentences(100, 7).apply(STORM));
        assertEquals(5, new HashSet<>(once).size(), "a budget above the cluster's length takes every sentence");
        boolean someOrderDiffers = false;
        for (long seed = 0; seed < 10 && !someOrderDiffers; seed++) {
            someOrderDiffers = !new RandomSentences(100, seed).apply(STORM).equals(once);
        }
        assertTrue(someOrderDiffers, "different seeds give different draws");
        assertNotEquals(0, new RandomSentences(3, 1).apply(STORM).size());
    }
}
