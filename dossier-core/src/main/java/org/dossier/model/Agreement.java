package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A claim several outlets report: "reported by 3 of 5".
 *
 * @param claim       the claim, as worded by the first cited source (a source sentence, never invented)
 * @param sourceCount how many distinct sources state it (at least 2)
 * @param sourceTotal how many sources the briefing has
 * @param citations   every source sentence stating it, one or more per source; the first is the wording shown
 */
public record Agreement(String claim, int sourceCount, int sourceTotal, List<Citation> citations) {
    public Agreement {
        Objects.requireNonNull(claim, "claim");
        citations = List.copyOf(citations);
        if (sourceCount < 2 || sourceCount > sourceTotal) {
            throw new IllegalArgumentException("an agreement needs 2.." + sourceTotal + " sources, not " + sourceCount);
        }
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("an agreement must cite its sources");
        }
    }
}
