package org.dossier.group.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DurationFinderTest {
    private final DurationFinder finder = new DurationFinder();

    private long onlyMinutes(String sentence) {
        List<StatedDuration> found = finder.find(sentence, 0);
        assertEquals(1, found.size(), () -> sentence + " -> " + found);
        return found.get(0).minutes();
    }

    @Test
    void numbersWordsAndHalves() {
        assertEquals(90, onlyMinutes("The mayors talked for about 90 minutes at the depot."));
        assertEquals(35, onlyMinutes("After a 35-minute hearing the judge adjourned."));
        assertEquals(90, onlyMinutes("They argued for an hour and a half."));
        assertEquals(150, onlyMinutes("The vote took two and a half hours."));
        assertEquals(30, onlyMinutes("The crew rested for half an hour."));
        assertEquals(180, onlyMinutes("The siege lasted three hours."));
    }

    @Test
    void hedgedFiguresAreApproximate() {
        assertTrue(finder.find("The call lasted a little more than 30 minutes.", 0).get(0).approximate());
        assertTrue(finder.find("They met for just over half an hour.", 0).get(0).approximate());
        assertFalse(finder.find("They met for about 40 minutes.", 0).get(0).approximate());
    }

    @Test
    void timesThatAreNotLengthsAreLeftAlone() {
        assertTrue(finder.find("Ten minutes later the lights came back.", 0).isEmpty());
        assertTrue(finder.find("The depot is a 20 minute walk from the station.", 0).stream()
                .noneMatch(d -> d.minutes() == 20));
    }
}
