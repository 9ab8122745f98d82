package org.dossier.spark;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An article as the output tables show it: where it came from, its story and, for a duplicate, what it
 * duplicates. No text: the tables list articles, the briefings quote them.
 *
 * @param seq         arrival number (input order)
 * @param id          store id (from the URL, else the text)
 * @param inputId     the id it had in the input
 * @param origin      where it was read
 * @param title       headline, or null
 * @param outlet      publisher, or null
 * @param published   publication date, or null
 * @param url         URL, or null
 * @param story       its story ({@code S12})
 * @param duplicate   {@code exact}, {@code near}, or null for an original
 * @param duplicateOf the store id of the article it duplicates, or null
 */
record PlacedArticle(long seq, String id, String inputId, String origin, String title, String outlet,
                     LocalDate published, String url, String story, String duplicate, String duplicateOf)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    static PlacedArticle of(PreparedArticle a, String story, String[] duplicate) {
        ArticleRow r = a.article();
        return new PlacedArticle(a.seq(), a.storeId(), r.id(), r.origin(), r.title(), r.outlet(), r.published(),
                r.url(), story, duplicate == null ? null : duplicate[0], duplicate == null ? null : duplicate[1]);
    }
}
