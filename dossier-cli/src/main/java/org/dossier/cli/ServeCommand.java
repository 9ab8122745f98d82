package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dossier.server.DossierServer;
import org.dossier.server.ServerSettings;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoreReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dossier serve}: the store's stories, briefings and search as web pages and a JSON API. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Serves the store as web pages (stories newest or biggest first, each story's",
            "full briefing with citations you can open, search) and a JSON API under /api/",
            "(described at /api/openapi.json). Listens on 127.0.0.1 unless --host says",
            "otherwise. Runs until Ctrl-C."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped with Ctrl-C", "1:no store, an empty store, or the port is taken",
            "2:usage error"})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR", description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path store = ArticleStore.DEFAULT_DIR;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Anything else "
                    + "makes the pages reachable from other machines.")
    String host = ServerSettings.LOOPBACK;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = ServerSettings.DEFAULT_PORT;

    @Option(names = "--max-articles", paramLabel = "N",
            description = "Brief at most the newest N articles of a story (default: ${DEFAULT-VALUE}).")
    int maxArticles = ServerSettings.DEFAULT_MAX_ARTICLES;

    @CommandLine.Mixin
    DebugOption debugOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw usage("--port must be 0..65535, got " + port);
        }
        if (maxArticles < 1) {
            throw usage("--max-articles must be at least 1, got " + maxArticles);
        }
        if (host.isBlank()) {
            throw usage("--host must not be empty");
        }
        requireArticles();
        PrintWriter err = spec.commandLine().getErr();
        DossierServer server;
        try {
            server = DossierServer.builder(store).host(host.strip()).port(port).maxArticles(maxArticles).build();
        } catch (NoSuchFileException e) {
            throw noStore();
        }
        if (!server.settings().loopback()) {
            err.println("dossier: warning: listening on " + host + ": other machines can reach these pages "
                    + "(there is no login); use the default 127.0.0.1 to keep them on this machine");
        }
        try {
            server.start();
        } catch (IOException e) {
            server.close();
            throw new UserException(e.getMessage(), DossierCommand.EXIT_INPUT);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException ignored) {
                // the process is ending; the store is read-only, so nothing can be left half-written
            }
            stopped.countDown();
        }, "dossier-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("dossier: serving " + store + " at " + server.url() + " (Ctrl-C to stop)");
        out.flush();
        stopped.await();
        return 0;
    }

    /** A missing or empty store is a clear error now rather than an empty page later. */
    private void requireArticles() throws IOException {
        try (StoreReader reader = StoreReader.open(store)) {
            if (reader.size() == 0) {
                throw new UserException("the store " + store + " is empty (add articles with 'dossier ingest "
                        + "PATH...')", DossierCommand.EXIT_INPUT);
            }
        } catch (NoSuchFileException e) {
            throw noStore();
        }
    }

    private UserException noStore() {
        return new UserException("no store at " + store + " (create one with 'dossier ingest PATH...')",
                DossierCommand.EXIT_INPUT);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
