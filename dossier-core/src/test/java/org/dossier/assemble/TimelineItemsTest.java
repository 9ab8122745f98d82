package org.dossier.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimelineItemsTest {

    @Test
    void aBulletedFactReadsAsAPlainSentence() {
        assertEquals("Ferry fares stay frozen until 30 June.",
                TimelineItems.withoutListMarker("\u2022 Ferry fares stay frozen until 30 June."));
        assertEquals("Ferry fares stay frozen until 30 June.",
                TimelineItems.withoutListMarker("- Ferry fares stay frozen until 30 June."));
    }

    @Test
    void aSentenceThatStartsWithAFigureIsLeftAlone() {
        assertEquals("-3 degrees was the coldest reading.", TimelineItems.withoutListMarker("-3 degrees was the coldest reading."));
        assertEquals("Ferry fares stay frozen.", TimelineItems.withoutListMarker("Ferry fares stay frozen."));
    }
}
