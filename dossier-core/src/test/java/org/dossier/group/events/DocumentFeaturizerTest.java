package org.dossier.group.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The date family of the features: the news days of a report, not its background nor its previews. */
class DocumentFeaturizerTest {
    private final DocumentFeaturizer featurizer = new DocumentFeaturizer();

    @Test
    void onlyThePastWeekCountsAsReportedDays() {
        // published Wednesday 12 June 2024: Monday is news, the January fare rise background, Friday a preview
        String text = "Bus drivers in Welbury met the council on Monday. Fares rose on Jan. 1 by four percent. "
                + "They will meet again on Friday.";
        DocumentFeatures f = featurizer.features("Bus talks", text, LocalDate.of(2024, 6, 12));
        assertEquals(Map.of("2024-06-10", 1), f.dates());
    }

    @Test
    void withoutPublicationDateThereAreNoReportedDays() {
        DocumentFeatures f = featurizer.features(null, "Bus drivers met the council on June 10, 2024.", null);
        assertEquals(Map.of(), f.dates());
    }
}
