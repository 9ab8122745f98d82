package org.dossier.server;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.util.JavalinBindException;
import io.javalin.util.JavalinLogger;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dossier.Dossier;
import org.dossier.model.Article;
import org.dossier.model.Briefing;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Serves a store over HTTP: a JSON API under {@code /api/} and web pages (story list, story briefing, search,
 * article), on loopback unless told otherwise.
 *
 * <pre>{@code
 * try (DossierServer server = DossierServer.builder(Path.of("dossier-data")).port(0).build().start()) {
 *     System.out.println("http://127.0.0.1:" + server.port() + "/");
 *     ...
 * }
 * }</pre>
 *
 * <p>The server only reads: it opens the store read-only (so {@code dossier ingest} can keep adding to it, and
 * new commits show up within {@link ServerSettings#storeRefresh()}), answers only GET and HEAD, and briefs a story
 * when its page is first asked for, keeping recent briefings in a bounded cache. Routes are listed in
 * {@code docs/server.md} and described in the OpenAPI file served at {@code /api/openapi.json}.
 *
 * <p>Runs on Javalin 6 (embedded Jetty 11). Hardening, in one place: every article string is escaped
 * ({@link Html}); a strict Content-Security-Policy forbids inline script; request bodies, request lines and
 * headers are size-limited; idle or stalled connections are closed after {@link ServerSettings#idleTimeout()};
 * errors never carry stack traces or class names ({@link ErrorResponses}).
 */
public final class DossierServer implements AutoCloseable {
    private final ServerSettings settings;
    private final List<Route> routes;
    private final StoreView store;
    private final StoryBriefer briefer;
    private Javalin app;

    private DossierServer(ServerSettings settings, Function<List<Article>, Briefing> brief) throws IOException {
        this.settings = settings;
        this.store = new StoreView(settings.store(), settings.storeRefresh());
        this.briefer = new StoryBriefer(brief, settings.maxArticles(), settings.cacheSize());
        StaticAssets assets = new StaticAssets();
        StoreService service = new StoreService(store, briefer);
        List<Route> all = new ArrayList<>(new ApiHandlers(service, assets).routes());
        all.addAll(new PageHandlers(service, assets).routes());
        this.routes = List.copyOf(all);
    }

    /** A builder for a server over the store in {@code storeDir}, with the defaults of {@link ServerSettings}. */
    public static Builder builder(Path storeDir) {
        return new Builder(storeDir);
    }

    /** The settings this server was built with. */
    public ServerSettings settings() {
        return settings;
    }

    /** The paths the server answers (GET and HEAD), API routes first. */
    public List<String> routePaths() {
        return routes.stream().map(Route::path).toList();
    }

    /**
     * Starts listening.
     *
     * @throws IOException with a one-line message when the port is taken or the address cannot be bound
     */
    public synchronized DossierServer start() throws IOException {
        if (app != null) {
            throw new IllegalStateException("already started");
        }
        JavalinLogger.startupInfo = false;
        HttpGuards guards = new HttpGuards(settings.maxRequestBytes());
        Javalin javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.disableCompression();
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.router.ignoreTrailingSlashes = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(ErrorResponses.jettyErrorHandler()));
            config.jetty.modifyServer(ServerHardening::limitConnections);
            config.jetty.modifyHttpConfiguration(ServerHardening::configure);
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(settings.maxHeaderBytes());
            });
            config.jetty.addConnector((server, http) -> connector(server, http));
        });
        javalin.before(guards::before);
        for (Route route : routes) {
            javalin.get(route.path(), route.handler());
            javalin.head(route.path(), route.handler());
        }
        javalin.exception(ApiException.class, ErrorResponses::refused);
        javalin.exception(HttpResponseException.class, ErrorResponses::javalin);
        javalin.exception(Exception.class, ErrorResponses::internal);
        try {
            javalin.start();
        } catch (JavalinBindException e) {
            stopQuietly(javalin);
            throw new IOException("cannot listen on " + settings.host() + ":" + settings.port()
                    + ": the port is in use or the address is not available here");
        } catch (RuntimeException e) {
            stopQuietly(javalin);
            throw new IOException("cannot start the server on " + settings.host() + ":" + settings.port() + ": "
                    + rootMessage(e));
        }
        app = javalin;
        return this;
    }

    private ServerConnector connector(org.eclipse.jetty.server.Server server, HttpConfiguration http) {
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(settings.idleTimeout().toMillis());
        return connector;
    }

    /** The port listened on (the one picked when the settings said 0). */
    public synchronized int port() {
        if (app == null) {
            throw new IllegalStateException("not started");
        }
        return app.port();
    }

    /** The address of the home page, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = settings.host().contains(":") && !settings.host().startsWith("[")
                ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port() + "/";
    }

    /** How many briefings the cache holds now. */
    public int cachedBriefings() {
        return briefer.cached();
    }

    /** Stops listening and closes the store. */
    @Override
    public synchronized void close() throws IOException {
        if (app != null) {
            stopQuietly(app);
            app = null;
        }
        store.close();
    }

    private static void stopQuietly(Javalin javalin) {
        try {
            javalin.stop();
        } catch (RuntimeException ignored) {
            // stopping a server that failed to start can fail again; nothing more to release
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Configures a {@link DossierServer}; every value has a sensible default. */
    public static final class Builder {
        private final Path store;
        private String host = ServerSettings.LOOPBACK;
        private int port = ServerSettings.DEFAULT_PORT;
        private int maxArticles = ServerSettings.DEFAULT_MAX_ARTICLES;
        private int cacheSize = ServerSettings.DEFAULT_CACHE_SIZE;
        private long maxRequestBytes = ServerSettings.DEFAULT_MAX_REQUEST_BYTES;
        private int maxHeaderBytes = ServerSettings.DEFAULT_MAX_HEADER_BYTES;
        private Duration idleTimeout = ServerSettings.DEFAULT_IDLE_TIMEOUT;
        private Duration storeRefresh = ServerSettings.DEFAULT_STORE_REFRESH;
        private Function<List<Article>, Briefing> brief;

        private Builder(Path store) {
            this.store = store;
        }

        /** The address to listen on (default {@code 127.0.0.1}: this machine only). */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The port (default 8080); 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** At most this many articles of a story are briefed, the newest (default 40). */
        public Builder maxArticles(int maxArticles) {
            this.maxArticles = maxArticles;
            return this;
        }

        /** How many story briefings to keep (default 64). */
        public Builder cacheSize(int cacheSize) {
            this.cacheSize = cacheSize;
            return this;
        }

        /** The largest request body accepted (default 16 KiB). */
        public Builder maxRequestBytes(long maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /** The largest request line plus headers accepted (default 8 KiB). */
        public Builder maxHeaderBytes(int maxHeaderBytes) {
            this.maxHeaderBytes = maxHeaderBytes;
            return this;
        }

        /** How long a silent connection stays open (default 10 s). */
        public Builder idleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
            return this;
        }

        /** How often to look for new commits in the store (default 5 s). */
        public Builder storeRefresh(Duration storeRefresh) {
            this.storeRefresh = storeRefresh;
            return this;
        }

        /** What briefs a story's articles (tests use it to make briefing fail); default: the standard pipeline. */
        Builder briefWith(Function<List<Article>, Briefing> brief) {
            this.brief = brief;
            return this;
        }

        /**
         * Opens the store and builds the server (not yet listening).
         *
         * @throws NoSuchFileException when the folder holds no store
         * @throws IllegalArgumentException when a setting is out of range
         */
        public DossierServer build() throws IOException {
            return new DossierServer(new ServerSettings(store, host, port, maxArticles, cacheSize, maxRequestBytes,
                    maxHeaderBytes, idleTimeout, storeRefresh), brief != null ? brief : Dossier.builder().build()::brief);
        }
    }
}
