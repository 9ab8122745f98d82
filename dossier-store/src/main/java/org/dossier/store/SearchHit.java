package org.dossier.store;

/**
 * One article found by a search.
 *
 * @param article the stored article
 * @param score   its BM25 score (higher is better; comparable only within one search)
 * @param snippet the passages of the text that match best, matched words in {@code [brackets]}; or the opening
 *                of the text when only the title matched
 */
public record SearchHit(StoredArticle article, float score, String snippet) {
}
