package org.dossier.clean;

import java.util.Optional;

/**
 * One test that can recognise a line as page furniture.
 *
 * <p>Rules are small and do one job each, like the filters of an analysis chain: a phrase list, a pattern, a test
 * on the line's position. The {@link LineClassifier} asks them in order and the first that recognises the line
 * decides its kind; a line no rule claims is article text. Rules must be stateless.
 */
public interface LineRule {

    /** The furniture kind of the line, or empty when this rule has nothing to say about it. */
    Optional<Furniture> judge(LineContext line);

    /** A short name for reports, e.g. "subheading" or "phrase:navigation". */
    String name();
}
