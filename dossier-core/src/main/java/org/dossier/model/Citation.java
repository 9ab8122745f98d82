package org.dossier.model;

/**
 * Points from a briefing item back to the source sentence that states it.
 *
 * @param source   1-based number of the source in the briefing's source list, as printed ("[2]")
 * @param sentence index of the sentence within that source article
 * @param text     the source sentence, so that a reader can check the claim without opening the article
 */
public record Citation(int source, int sentence, String text) {
}
