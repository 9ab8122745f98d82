package org.dossier.clean;

import org.dossier.model.Article;

/**
 * Removes page furniture (navigation labels, share widgets, comment prompts, credits...) from scraped article text.
 *
 * <p>PLACEHOLDER: returns the article unchanged; to be replaced by the real cleaner.
 */
public final class ScrapedTextCleaner {

    /** The article with its furniture lines removed; paragraphs separated by blank lines. */
    public Article clean(Article article) {
        return article;
    }
}
