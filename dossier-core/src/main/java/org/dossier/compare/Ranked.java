package org.dossier.compare;

import java.util.Comparator;
import org.dossier.model.Discrepancy;

/**
 * A discrepancy with what orders it in the output: conflicting ones first, then those more sources take part
 * in, then the slot's first appearance (earlier sentences are closer to the news).
 *
 * @param discrepancy the discrepancy
 * @param sources     how many distinct sources state one of its values
 * @param position    the smallest sentence index among its citations
 */
record Ranked(Discrepancy discrepancy, int sources, int position) {
    static final Comparator<Ranked> ORDER = Comparator
            .comparing((Ranked r) -> r.discrepancy().verdict() != Discrepancy.Verdict.CONFLICTING)
            .thenComparing(Ranked::sources, Comparator.reverseOrder())
            .thenComparing(Ranked::position);
}
