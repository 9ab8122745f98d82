package org.dossier.store.ingest;

import java.util.List;
import org.dossier.model.Issue;

/**
 * Follows an ingest run. Every method is called on the thread that called {@link Ingester#ingest} and has a
 * no-op default, so a listener implements only what it needs.
 */
public interface IngestListener {

    /** These store ids were committed: they survive a crash from now on. Called after every commit, in order. */
    default void acknowledged(List<String> ids) {
    }

    /** Something could not be used; see {@link IngestReport#issues()} for the kept ones. */
    default void skipped(Issue issue) {
    }

    /** An article was kept but changed on the way: its text cut to the length limit, its future date dropped. */
    default void noted(Issue note) {
    }

    /**
     * Called after every article: counts so far and bytes of input consumed, out of {@code totalBytes} (0 when
     * unknown). Cheap to receive often; throttle any display yourself.
     */
    default void progress(long articlesRead, long bytesDone, long totalBytes) {
    }
}
