package org.dossier.analyse.quotes;

/**
 * The attribution part of a sentence as the parser finds it, before the speaker is resolved.
 *
 * @param cue     the reporting words, extended over time words and listener
 * @param mention the phrase naming the speaker
 * @param reading what that phrase says about the speaker
 * @param end     offset just past the whole attribution (the speaker phrase or the cue, whichever is last)
 */
record Attribution(TextSpan cue, TextSpan mention, SpeakerPhrase.Reading reading, int end) {
}
