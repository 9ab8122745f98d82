package org.dossier.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-03-10|2025-03-10",
        "2025-03-10T22:15:00Z|2025-03-10",
        "2025-03-10T22:15:00+02:00|2025-03-10",
        "Mon, 10 Mar 2025 08:00:00 GMT|2025-03-10",
        "March 10, 2025|2025-03-10",
        "Mar. 10, 2025 5:02 PM ET|2025-03-10",
        "10 March 2025|2025-03-10",
        "Sept 3rd, 2024|2024-09-03",
        "2025/03/10|2025-03-10",
        "20250310|2025-03-10",
        "Published: 2025-03-10 14:00|2025-03-10"})
    void parsesCommonForms(String input, String expected) {
        assertEquals(LocalDate.parse(expected), PublicationDates.parse(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "2025-13-45", "Smarch 10, 2025"})
    void unknownFormsAreNull(String input) {
        assertNull(PublicationDates.parse(input));
    }
}
