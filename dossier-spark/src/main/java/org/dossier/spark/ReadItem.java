package org.dossier.spark;

import java.io.Serializable;

/**
 * One item read from the input: an article, or the reason something at {@code where} could not be read (a bad JSON
 * line, a WARC record without article text). Problems travel with the articles instead of being logged on some
 * executor, so the job can report every one of them and none is lost.
 *
 * @param article the article read, or null for a problem
 * @param where   where it was read from (a path with {@code #line} or {@code #record})
 * @param problem why nothing usable was read there, or null for an article
 */
public record ReadItem(ArticleRow article, String where, String problem) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static ReadItem of(ArticleRow article) {
        return new ReadItem(article, article.origin(), null);
    }

    public static ReadItem skipped(String where, String problem) {
        return new ReadItem(null, where, problem);
    }

    public boolean isArticle() {
        return article != null;
    }
}
