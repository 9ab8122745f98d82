package org.dossier.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.dossier.model.Article;

/**
 * An {@link Article} in a form Spark can ship between machines. The model's records are not {@code Serializable}
 * (and must not change for Spark's sake), so the job carries articles as this twin and turns them back into
 * articles wherever a core stage runs.
 *
 * @param id        the article's id as read (the input's {@code id} field, else its origin)
 * @param title     headline, or null
 * @param text      body text
 * @param outlet    publisher, or null
 * @param byline    author line, or null
 * @param published publication date, or null
 * @param url       where it was published, or null
 * @param origin    where the job read it from ({@code path#line}, {@code path#record})
 */
public record ArticleRow(String id, String title, String text, String outlet, String byline, LocalDate published,
                         String url, String origin) implements Serializable {
    private static final long serialVersionUID = 1L;

    public static ArticleRow of(Article a) {
        return new ArticleRow(a.id(), a.title(), a.text(), a.outlet(), a.byline(), a.published(), a.url(),
                a.origin());
    }

    public Article toArticle() {
        return new Article(id, title, text, outlet, byline, published, url, origin);
    }
}
