package org.dossier.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a {@link DossierServer} needs to know, fixed when it is built.
 *
 * @param store           the store folder ({@code dossier ingest} writes it); opened read-only
 * @param host            the address to listen on; {@code 127.0.0.1} unless told otherwise, so that nothing outside
 *                        this machine can connect by accident
 * @param port            the TCP port; 0 picks any free port (read it back with {@link DossierServer#port()})
 * @param maxArticles     how many articles of a story are briefed at most: the newest ones (a story of thousands of
 *                        articles would otherwise take minutes); the page says when articles were left out
 * @param cacheSize       how many story briefings are kept in memory (least recently used ones are dropped)
 * @param maxRequestBytes the largest request body accepted (413 above); the API reads no bodies, so this is small
 * @param maxHeaderBytes  the largest request line plus headers accepted (414 or 431 above)
 * @param idleTimeout     how long a connection may stay silent, mid-request or between requests, before it is
 *                        closed: what stops a slow or stalled client from holding a thread
 * @param storeRefresh    how often the server checks whether the store has new commits (from a concurrent
 *                        {@code dossier ingest}) and, if so, reopens it
 */
public record ServerSettings(Path store, String host, int port, int maxArticles, int cacheSize, long maxRequestBytes,
                             int maxHeaderBytes, Duration idleTimeout, Duration storeRefresh) {
    /** The loopback address: the default host. */
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_MAX_ARTICLES = 40;
    public static final int DEFAULT_CACHE_SIZE = 64;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 16 * 1024;
    public static final int DEFAULT_MAX_HEADER_BYTES = 8 * 1024;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_STORE_REFRESH = Duration.ofSeconds(5);

    public ServerSettings {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(storeRefresh, "storeRefresh");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        positive(maxArticles, "maxArticles");
        positive(cacheSize, "cacheSize");
        positive(maxRequestBytes, "maxRequestBytes");
        positive(maxHeaderBytes, "maxHeaderBytes");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive");
        }
    }

    private static void positive(long value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }

    /** True when {@link #host()} is a loopback address (127.0.0.0/8, ::1 or "localhost"). */
    public boolean loopback() {
        String h = host.strip();
        return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]");
    }
}
