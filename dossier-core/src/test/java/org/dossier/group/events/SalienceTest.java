package org.dossier.group.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Comparator;
import org.junit.jupiter.api.Test;

/** Choosing each event's own value when the events' articles recap each other. */
class SalienceTest {

    @Test
    void aValueTheOtherEventRecapsLosesToOneThisEventOwns() {
        Salience<String> s = new Salience<>(2);
        s.vote(0, "Monday", 3);
        s.vote(0, "Sunday", 1);
        s.vote(1, "Monday", 6); // the second event's articles recap Monday a lot
        s.vote(1, "Friday", 6);
        // Monday: 9 / 9 = 1 for event 0 versus Sunday 1 / 1 = 1; the tie goes to the earlier day
        assertEquals("Monday", s.best(0, Comparator.naturalOrder()));
        assertEquals("Friday", s.best(1, Comparator.naturalOrder()));
    }

    @Test
    void onlyEligibleValuesCompete() {
        Salience<String> s = new Salience<>(2);
        s.vote(0, "Monday", 2);
        s.vote(0, "Sunday", 1);
        s.vote(1, "Monday", 8);
        // on salience alone Sunday (1 / 1) beats Monday (4 / 10); restricted to Monday, Monday it is
        assertEquals("Sunday", s.best(0, Comparator.naturalOrder()));
        assertEquals("Monday", s.best(0, "Monday"::equals, Comparator.naturalOrder()));
        assertNull(s.best(0, v -> false, Comparator.naturalOrder()));
    }
}
