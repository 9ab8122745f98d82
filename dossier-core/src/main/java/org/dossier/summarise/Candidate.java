package org.dossier.summarise;

import org.dossier.group.SentenceRef;

/**
 * A sentence that could go into the summary, with what the selector needs to know about it.
 *
 * @param ref         which sentence
 * @param shown       its text as it would be shown (dateline stripped)
 * @param words       whitespace words of {@code shown}: its cost against the budget
 * @param group       id of its {@link org.dossier.group.SentenceGroup}; one sentence per group may be chosen
 * @param concepts    distinct concept ids it covers
 * @param gainFactor  multiplier on its coverage gain: 1 for good sentences, less for discouraged ones
 * @param prior       small score added to its gain, used only by fallbacks to prefer leading sentences
 * @param contextFactor extra multiplier on its gain while the sentence before it in its article is not chosen
 *                    (below 1 for "He said..." and "..., they said.", which need that sentence), else 1
 */
record Candidate(SentenceRef ref, String shown, int words, int group, int[] concepts, double gainFactor,
                 double prior, double contextFactor) {

    /** A candidate that stands on its own. */
    Candidate(SentenceRef ref, String shown, int words, int group, int[] concepts, double gainFactor, double prior) {
        this(ref, shown, words, group, concepts, gainFactor, prior, 1);
    }
}
