package org.dossier.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GateLineTest {

    @Test
    void formatsNameFiguresAndVerdict() {
        assertEquals("GATE ferry-count: boats 3/3 PASS", new GateLine("ferry-count", "boats 3/3", true).format());
        assertEquals("GATE ferry-count: boats 2/3 FAIL", new GateLine("ferry-count", "boats 2/3", false).format());
    }

    @Test
    void rejectsNamesThatWouldBreakTheGrep() {
        assertThrows(IllegalArgumentException.class, () -> new GateLine("ferry count", "boats 3/3", true));
        assertThrows(IllegalArgumentException.class, () -> new GateLine("ferry:count", "boats 3/3", true));
    }
}
