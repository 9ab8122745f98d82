package org.dossier.model;

/**
 * One sentence of one article, with its place in that article.
 *
 * @param articleIndex position of the article in the input list (0-based)
 * @param index        position of the sentence in its article (0-based)
 * @param paragraph    position of the paragraph that holds it (0-based)
 * @param start        offset of the first character in the article text
 * @param end          offset just past the last character in the article text
 * @param text         the sentence itself, {@code text.equals(article.text().substring(start, end))}
 */
public record Sentence(int articleIndex, int index, int paragraph, int start, int end, String text) {
}
