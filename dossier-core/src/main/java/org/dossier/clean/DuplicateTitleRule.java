package org.dossier.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the headline repeated inside the page, exactly or nearly ("Putin Says X" / "Putin says x").
 *
 * <p>An exact repeat (ignoring case and punctuation) is always furniture. A near repeat (at least three quarters of the words
 * shared both ways) is furniture only when it does not end like a sentence, so a lead sentence that restates the
 * headline in full survives.
 */
public final class DuplicateTitleRule implements LineRule {

    @Override
    public Optional<Furniture> judge(LineContext line) {
        String title = line.page().title();
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        String a = line.normalised();
        String b = line.page().normalisedTitle();
        if (a.equals(b)) {
            return Optional.of(Furniture.DUPLICATE_TITLE);
        }
        if (!line.endsLikeSentence() && overlap(a, b) >= 0.75) {
            return Optional.of(Furniture.DUPLICATE_TITLE);
        }
        return Optional.empty();
    }

    /** The smaller of the two shares of words one text has in common with the other. */
    static double overlap(String a, String b) {
        Set<String> wa = new HashSet<>(List.of(a.split(" ")));
        Set<String> wb = new HashSet<>(List.of(b.split(" ")));
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(wa);
        common.retainAll(wb);
        return Math.min((double) common.size() / wa.size(), (double) common.size() / wb.size());
    }

    @Override
    public String name() {
        return "duplicate-title";
    }
}
