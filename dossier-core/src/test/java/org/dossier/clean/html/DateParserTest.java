package org.dossier.clean.html;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DateParserTest {

    private final DateParser parser = new DateParser();

    @Test
    void readsIsoDatesAndTimestamps() {
        assertEquals(LocalDate.of(2024, 3, 7), parser.parse("2024-03-07"));
        assertEquals(LocalDate.of(2024, 3, 7), parser.parse("2024-03-07T23:15:00-05:00"));
        assertEquals(LocalDate.of(2024, 3, 7), parser.parse("2024/3/7 10:00"));
        assertEquals(LocalDate.of(2024, 3, 7), parser.parse("20240307"));
    }

    @Test
    void readsEnglishMonthNamesInEitherOrder() {
        assertEquals(LocalDate.of(2019, 9, 1), parser.parse("September 1st, 2019"));
        assertEquals(LocalDate.of(2019, 9, 1), parser.parse("Sept. 1, 2019"));
        assertEquals(LocalDate.of(2008, 1, 15), parser.parse("Tue, 15 Jan 2008 13:15:18 GMT"));
        assertEquals(LocalDate.of(2008, 1, 15), parser.parse("15th of January 2008"));
    }

    @Test
    void readsNumericDatesMonthFirstUnlessImpossible() {
        assertEquals(LocalDate.of(2010, 3, 4), parser.parse("03/04/2010"));
        assertEquals(LocalDate.of(2010, 4, 25), parser.parse("25/04/2010"));
    }

    @Test
    void returnsNullForWhatIsNotADate() {
        assertNull(parser.parse(null));
        assertNull(parser.parse(""));
        assertNull(parser.parse("yesterday afternoon"));
        assertNull(parser.parse("0000-00-00"));
        assertNull(parser.parse("2023-02-30"));
    }
}
