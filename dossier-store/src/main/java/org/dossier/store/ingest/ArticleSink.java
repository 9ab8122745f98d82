package org.dossier.store.ingest;

import java.io.IOException;
import org.dossier.model.Article;
import org.dossier.model.Issue;

/** Receives what an {@link ArticleSource} reads, as it reads it. */
public interface ArticleSink {

    /** One article read (not cleaned yet). */
    void article(Article article) throws IOException;

    /** A record, line or file that could not be used, with a one-line reason. */
    void skipped(Issue issue);

    /** An article kept but changed on the way (its text cut to the length limit, its future date dropped...). */
    default void noted(Issue note) {
    }

    /** How many bytes of the source have been consumed so far, for progress and ETA. */
    default void position(long bytes) {
    }
}
