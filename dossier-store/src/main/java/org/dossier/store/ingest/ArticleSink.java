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

    /** How many bytes of the source have been consumed so far, for progress and ETA. */
    default void position(long bytes) {
    }
}
