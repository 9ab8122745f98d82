package org.dossier.compare;

/**
 * Which way an evaluative word leans when it describes a meeting or talks.
 *
 * <p>Diplomatic reporting has its own code: "frank" and "businesslike" are not praise but not blame either (they
 * often hint at disagreement politely), so they are {@link #GUARDED} and agree with both sides.
 */
enum Tone {
    /** "constructive", "productive", "cordial". */
    POSITIVE,
    /** "frank", "businesslike", "candid": reserved, compatible with either of the others. */
    GUARDED,
    /** "tense", "difficult", "frosty". */
    NEGATIVE
}
