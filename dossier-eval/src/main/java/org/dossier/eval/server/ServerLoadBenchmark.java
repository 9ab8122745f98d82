package org.dossier.eval.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.dossier.server.DossierServer;
import org.dossier.server.SampleStore;

/**
 * Load on {@code dossier serve}: N concurrent clients for S seconds on loopback, each sending requests one after
 * another (closed loop, no think time) against the story list, the story pages' JSON and search, counting errors
 * and recording latency.
 *
 * <pre>
 * java -cp dossier-cli/target/dossier.jar org.dossier.eval.server.ServerLoadBenchmark [--clients 50] [--seconds 30]
 *      [--store DIR]
 * </pre>
 *
 * <p>Without {@code --store} it ingests the repository's {@code examples/} into a temporary store. The server runs
 * in this JVM on port 0 with its default settings; the clients use the JDK's HttpClient (HTTP/1.1, keep-alive).
 * Before the clock starts, every story is requested once, so that the figures are those of a warm server with
 * its briefing cache filled (the cold briefing of a story is what {@code docs/benchmarks.md} measures for
 * {@code dossier brief}). An error is any status other than 200 or any failed exchange. CPU is this process's
 * (server and clients together) per request, which load from other processes barely inflates.
 */
public final class ServerLoadBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> QUERIES = List.of("harbour dues", "Varnholt", "fishing boats", "footbridge",
            "\"working group\"", "strait -dues");

    /** The outcome of one run. */
    public record Result(int clients, double seconds, long requests, long errors, double p50Millis,
                         double p95Millis, double p99Millis, double maxMillis, double cpuMillisPerRequest,
                         int stories) {
        public double requestsPerSecond() {
            return requests / seconds;
        }

        public String summary() {
            return String.format(Locale.ROOT, "%d clients, %.0f s: %d requests (%.0f/s), %d errors, latency p50 %.1f ms"
                            + ", p95 %.1f ms, p99 %.1f ms, max %.1f ms; CPU %.2f ms per request (server and clients); "
                            + "%d stories", clients, seconds, requests, requestsPerSecond(), errors, p50Millis,
                    p95Millis, p99Millis, maxMillis, cpuMillisPerRequest, stories);
        }
    }

    private ServerLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = 50;
        int seconds = 30;
        int perPath = 0;
        Path store = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--store" -> store = Path.of(args[++i]);
                case "--per-path" -> perPath = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: ServerLoadBenchmark [--clients N] [--seconds S] [--store DIR] [--per-path RUNS]");
                    System.exit(2);
                }
            }
        }
        Path dir = store != null ? store : exampleStore();
        if (perPath > 0) {
            perPath(dir, perPath);
            return;
        }
        Result result = run(dir, clients, Duration.ofSeconds(seconds));
        System.out.println(result.summary());
    }

    /** Ingests {@code examples/harbour-talks} and {@code examples/tiny} into a new temporary store. */
    public static Path exampleStore() throws IOException {
        Path root = SampleStore.examplesRoot();
        if (root == null) {
            throw new IOException("examples/ not found above " + Path.of("").toAbsolutePath());
        }
        Path dir = Files.createTempDirectory("dossier-load").resolve("store");
        SampleStore.build(dir, List.of(root.resolve("examples/harbour-talks").toString(),
                root.resolve("examples/tiny").toString()));
        return dir;
    }

    /** Serves {@code store} and loads it with {@code clients} clients for {@code length}. */
    public static Result run(Path store, int clients, Duration length) throws Exception {
        try (DossierServer server = DossierServer.builder(store).port(0).build().start()) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            List<String> paths = paths(http, base);
            for (String p : paths) { // warm-up: brief every story once, load the JIT a little
                get(http, base + p);
            }
            long deadline = System.nanoTime() + length.toNanos();
            AtomicLong errors = new AtomicLong();
            long[][] latencies = new long[clients][];
            List<Thread> threads = new ArrayList<>();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                int client = c;
                Thread t = new Thread(() -> latencies[client] = client(http, base, paths, client, deadline, errors),
                        "load-client-" + c);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            long cpu = processCpuNanos() - cpuStart;
            long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
            long requests = all.length;
            return new Result(clients, elapsed, requests, errors.get(), pct(all, 50), pct(all, 95), pct(all, 99),
                    all.length == 0 ? 0 : all[all.length - 1] / 1e6, requests == 0 ? 0 : cpu / 1e6 / requests,
                    (int) paths.stream().filter(p -> p.startsWith("/api/stories/")).count());
        }
    }

    /**
     * One client, one path at a time: {@code runs} requests in a row per path after as many warm-up requests, and
     * the process CPU per request for each, to see which kind of request costs what.
     */
    public static void perPath(Path store, int runs) throws Exception {
        try (DossierServer server = DossierServer.builder(store).port(0).build().start()) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<String> paths = paths(http, base);
            for (int i = 0; i < runs; i++) {
                for (String p : paths) {
                    get(http, base + p);
                }
            }
            for (String p : paths) {
                long cpu = processCpuNanos();
                long wall = System.nanoTime();
                for (int i = 0; i < runs; i++) {
                    get(http, base + p);
                }
                System.out.printf(Locale.ROOT, "%-40s CPU %6.2f ms  wall %6.2f ms per request%n", p,
                        (processCpuNanos() - cpu) / 1e6 / runs, (System.nanoTime() - wall) / 1e6 / runs);
            }
        }
    }

    /** The request mix: the listing both ways, every story's JSON and page, and a few searches. */
    private static List<String> paths(HttpClient http, String base) throws IOException, InterruptedException {
        List<String> paths = new ArrayList<>(List.of("/api/stories?sort=newest", "/api/stories?sort=biggest", "/"));
        JsonNode stories = JSON.readTree(get(http, base + "/api/stories?limit=100").body()).get("stories");
        for (JsonNode s : stories) {
            paths.add("/api/stories/" + s.get("id").asText());
            paths.add("/stories/" + s.get("id").asText());
        }
        for (String q : QUERIES) {
            paths.add("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        return paths;
    }

    /** One client: requests in turn until the deadline; returns its latencies in nanoseconds. */
    private static long[] client(HttpClient http, String base, List<String> paths, int offset, long deadline,
                                 AtomicLong errors) {
        long[] latencies = new long[1024];
        int n = 0;
        for (int i = offset; System.nanoTime() < deadline; i++) {
            String path = paths.get(i % paths.size());
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> r = get(http, base + path);
                if (r.statusCode() != 200) {
                    errors.incrementAndGet();
                }
            } catch (IOException | InterruptedException e) {
                errors.incrementAndGet();
            }
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = System.nanoTime() - t0;
        }
        return Arrays.copyOf(latencies, n);
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
