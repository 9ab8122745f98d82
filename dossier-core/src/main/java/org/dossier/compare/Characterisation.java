package org.dossier.compare;

import org.dossier.model.Citation;

/**
 * One evaluative word one source applies to the meeting: "productive" for event E1 in article 3, sentence 1.
 *
 * @param occasion the event it characterises (see {@link Occasions})
 * @param noun     what it characterises, in the source's word ("talks", "meeting")
 * @param lemma    the word's spelling standing for its variants ("businesslike")
 * @param tone     which way it leans
 * @param shown    the word as written ("business-like")
 * @param citation the sentence that says it
 */
record Characterisation(int occasion, String noun, String lemma, Tone tone, String shown, Citation citation) {

    /** The article it comes from (0-based). */
    int article() {
        return citation.source() - 1;
    }
}
