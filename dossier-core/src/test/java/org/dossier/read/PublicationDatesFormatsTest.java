package org.dossier.read;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PublicationDatesFormatsTest {


    @Test
    void readsIsoDatesAndTimestamps() {
        assertEquals(LocalDate.of(2024, 3, 7), PublicationDates.parse("2024-03-07"));
        assertEquals(LocalDate.of(2024, 3, 7), PublicationDates.parse("2024-03-07T23:15:00-05:00"));
        assertEquals(LocalDate.of(2024, 3, 7), PublicationDates.parse("2024/3/7 10:00"));
        assertEquals(LocalDate.of(2024, 3, 7), PublicationDates.parse("20240307"));
    }

    @Test
    void readsEnglishMonthNamesInEitherOrder() {
        assertEquals(LocalDate.of(2019, 9, 1), PublicationDates.parse("September 1st, 2019"));
        assertEquals(LocalDate.of(2019, 9, 1), PublicationDates.parse("Sept. 1, 2019"));
        assertEquals(LocalDate.of(2008, 1, 15), PublicationDates.parse("Tue, 15 Jan 2008 13:15:18 GMT"));
        assertEquals(LocalDate.of(2008, 1, 15), PublicationDates.parse("15th of January 2008"));
    }

    @Test
    void readsNumericDatesMonthFirstUnlessImpossible() {
        assertEquals(LocalDate.of(2010, 3, 4), PublicationDates.parse("03/04/2010"));
        assertEquals(LocalDate.of(2010, 4, 25), PublicationDates.parse("25/04/2010"));
    }

    @Test
    void returnsNullForWhatIsNotADate() {
        assertNull(PublicationDates.parse(null));
        assertNull(PublicationDates.parse(""));
        assertNull(PublicationDates.parse("yesterday afternoon"));
        assertNull(PublicationDates.parse("0000-00-00"));
        assertNull(PublicationDates.parse("2023-02-30"));
    }
}
