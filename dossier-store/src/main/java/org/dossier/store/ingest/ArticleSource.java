package org.dossier.store.ingest;

import java.io.IOException;
import org.dossier.model.Article;

/**
 * One input to ingest, read as a stream: articles go to the sink one by one, so a source of any size needs only
 * the memory of the article being read.
 *
 * <p>Sources never fail on bad content: a bad record is reported with {@link ArticleSink#skipped} and reading
 * goes on; a file that breaks off (a truncated gzip stream) reports where and stops, keeping what was read.
 * {@link IOException} is only for the sink's own failures (the store could not write).
 */
public interface ArticleSource {

    /** The file, for messages. */
    String name();

    /** Size in bytes when known (for progress and ETA), else 0. */
    long size();

    /** Reads every article into {@code sink}. */
    void read(ArticleSink sink) throws IOException;

    /** A source over articles already in memory or generated on the fly (tests, benchmarks, other pipelines). */
    static ArticleSource of(String name, Iterable<Article> articles) {
        return new ArticleSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long size() {
                return 0;
            }

            @Override
            public void read(ArticleSink sink) throws IOException {
                for (Article article : articles) {
                    sink.article(article);
                }
            }
        };
    }
}
