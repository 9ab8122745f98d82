package org.dossier.compare;

import java.util.List;
import org.dossier.model.Agreement;
import org.dossier.model.Discrepancy;

/**
 * Where the outlets of one story agree and where they differ.
 *
 * @param agreements    claims stated by at least two sources, most sources first
 * @param discrepancies values stated differently, conflicting ones first
 */
public record Comparison(List<Agreement> agreements, List<Discrepancy> discrepancies) {
    public Comparison {
        agreements = List.copyOf(agreements);
        discrepancies = List.copyOf(discrepancies);
    }
}
