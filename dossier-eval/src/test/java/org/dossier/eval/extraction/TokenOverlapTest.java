package org.dossier.eval.extraction;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenOverlapTest {

    @Test
    void countsLowerCasedAlphanumericTokensAsAMultiset() {
        TokenOverlap o = TokenOverlap.of("The mayor's plan, the MAYOR said: plan B!", "the mayor said the plan");
        // extracted: the, mayor, s, plan, the, mayor, said, plan, b = 9 tokens; gold: 5 tokens, all found.
        assertEquals(9, o.extracted());
        assertEquals(5, o.gold());
        assertEquals(5, o.overlap());
        assertEquals(5.0 / 9, o.precision(), 1e-9);
        assertEquals(1.0, o.recall(), 1e-9);
        assertEquals(2 * (5.0 / 9) / (5.0 / 9 + 1), o.f1(), 1e-9);
    }

    @Test
    void handlesEmptyTexts() {
        assertEquals(1.0, TokenOverlap.of("", "").f1(), 1e-9);
        assertEquals(0.0, TokenOverlap.of("", "some gold words").f1(), 1e-9);
        assertEquals(0.0, TokenOverlap.of("only noise", "").precision(), 1e-9);
    }
}
