package org.dossier.compare;

import java.util.Objects;
import java.util.Set;
import org.dossier.model.Citation;
import org.dossier.model.Discrepancy.Kind;

/**
 * One figure as one source sentence states it, placed in its slot: "the 50 minutes that article 1, sentence 3
 * gives for the length of event E2".
 *
 * @param kind     what sort of value it is
 * @param occasion the event it is about (index into the story's events, see {@link Occasions})
 * @param head     what is counted or measured, normalised: {@code "minutes"} for durations, the stemmed noun
 *                 for counts ({@code "boat"}), the unit for amounts ({@code "percent"}, {@code "dollar"})
 * @param noun     the same in the source's words, for the discrepancy's subject ("boats", "percent")
 * @param figure   the stated figure in the head's unit (minutes, boats, dollars)
 * @param hedge    how exact the figure is said to be
 * @param range    the values the statement allows
 * @param shown    the value in the source's words, hedge included ("more than 30 minutes")
 * @param context  content terms of the sentence apart from the figure, to tell apart two "percent" figures about
 *                 different things
 * @param citation the sentence that states it
 * @param position where in the sentence the figure stands (to pick the nearer event when a sentence names two)
 */
record Observation(Kind kind, int occasion, String head, String noun, double figure, Hedge hedge, ValueRange range,
                   String shown, Set<String> context, Citation citation, int position) {
    Observation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(citation, "citation");
        context = Set.copyOf(context);
    }

    /** The article it comes from (0-based index, as in {@link org.dossier.model.AnalysedArticle#index()}). */
    int article() {
        return citation.source() - 1;
    }

    /** The same statement moved to another occasion. */
    Observation on(int otherOccasion) {
        return new Observation(kind, otherOccasion, head, noun, figure, hedge, range, shown, context, citation,
                position);
    }

    /**
     * Two statements give the same value: the same figure, hedged the same way or only rounded ("about 90
     * minutes" and "90 minutes" are one value; "more than 30" and "30" are two).
     */
    boolean sameValueAs(Observation other) {
        return Math.abs(figure - other.figure) <= 1e-9 * Math.max(1, Math.abs(figure))
                && (hedge == other.hedge || (plain(hedge) && plain(other.hedge)));
    }

    private static boolean plain(Hedge h) {
        return h == Hedge.EXACT || h == Hedge.ABOUT;
    }
}
