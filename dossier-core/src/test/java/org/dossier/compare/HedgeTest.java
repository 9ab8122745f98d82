package org.dossier.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hedges read before a figure, and the ranges they allow. */
class HedgeTest {

    private static Hedge before(String text) {
        return Hedge.before(text, text.length()).hedge();
    }

    @Test
    void readsTheWordsBeforeAFigure() {
        assertEquals(Hedge.EXACT, before("they met for "));
        assertEquals(Hedge.ABOUT, before("they met for about "));
        assertEquals(Hedge.MORE_THAN, before("they met for more than "));
        assertEquals(Hedge.JUST_OVER, before("they met for a little more than "));
        assertEquals(Hedge.JUST_OVER, before("they met for just over "));
        assertEquals(Hedge.NEARLY, before("they met for nearly "));
        assertEquals(Hedge.LESS_THAN, before("they met for less than "));
    }

    @Test
    void rangesOverlapExactlyWhenBothStatementsCanBeTrue() {
        ValueRange thirtyFive = Hedge.EXACT.range(35, 0);
        assertTrue(Hedge.MORE_THAN.range(30, 0).overlaps(thirtyFive));
        assertTrue(Hedge.ABOUT.range(90, 0).overlaps(Hedge.EXACT.range(88, 0)));
        assertFalse(Hedge.EXACT.range(50, 0).overlaps(thirtyFive));
        assertFalse(Hedge.NEARLY.range(30, 0).overlaps(thirtyFive));
        assertTrue(ValueRange.allOverlap(List.of(thirtyFive, Hedge.JUST_OVER.range(30, 0),
                Hedge.MORE_THAN.range(30, 0))));
        assertFalse(ValueRange.allOverlap(List.of(thirtyFive, Hedge.EXACT.range(50, 0))));
    }
}
