package org.dossier.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.dossier.store.StoreReader;

/**
 * The server's read-only view of the store, kept fresh while {@code dossier ingest} adds to it.
 *
 * <p>A {@link StoreReader} sees the store as of one commit. Opening one per request would be wasteful, so the
 * view keeps one and, at most once per refresh interval, asks it whether a newer commit exists; if so it opens a
 * new reader for the requests that follow. Requests still running on the old reader must be able to finish, so
 * an old reader is not closed at once: it is retired and closed two refreshes later, by which time any request
 * that took it has long completed (requests are bounded by the briefing cap and the idle timeout).
 */
final class StoreView implements AutoCloseable {
    private static final int RETIRED_KEPT = 2;

    private final Path dir;
    private final long refreshNanos;
    private final Deque<StoreReader> retired = new ArrayDeque<>();
    private StoreReader current;
    private long checkedAt;

    /** Opens the store; fails as {@link StoreReader#open} does when {@code dir} holds no store. */
    StoreView(Path dir, Duration refresh) throws IOException {
        this.dir = dir;
        this.refreshNanos = refresh.toNanos();
        this.current = StoreReader.open(dir);
        this.checkedAt = System.nanoTime();
    }

    /** The reader to use for one request. */
    synchronized StoreReader reader() throws IOException {
        long now = System.nanoTime();
        if (now - checkedAt >= refreshNanos) {
            checkedAt = now;
            if (!current.isCurrent()) {
                StoreReader fresh = StoreReader.open(dir);
                retired.addLast(current);
                current = fresh;
                while (retired.size() > RETIRED_KEPT) {
                    retired.removeFirst().close();
                }
            }
        }
        return current;
    }

    @Override
    public synchronized void close() throws IOException {
        IOException failure = null;
        retired.addLast(current);
        for (StoreReader r : retired) {
            try {
                r.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        retired.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
