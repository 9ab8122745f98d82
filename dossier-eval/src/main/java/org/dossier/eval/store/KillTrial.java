package org.dossier.eval.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoreCheck;
import org.dossier.store.ingest.ArticleSource;
import org.dossier.store.ingest.IngestListener;
import org.dossier.store.ingest.Ingester;

/**
 * The two halves of {@code scripts/kill9-trial.sh}, which kills ingest with {@code kill -9} from outside.
 *
 * <ul>
 *   <li>{@code KillTrial ingest DIR ACKS SEED [COUNT]}: ingests the same {@code COUNT} (default 20,000)
 *       {@link SyntheticNews} articles of {@code SEED} every round, as a user re-running an interrupted ingest would,
 *       appending each acknowledged id to the file ACKS (flushed) after the commit that made it durable. Articles
 *       stored by an earlier round are recognised and not stored again;</li>
 *   <li>{@code KillTrial verify DIR ACKS ROUND}: checks the store with {@link StoreCheck} (Lucene's CheckIndex),
 *       reopens it and counts every stored id: each acknowledged id must be there exactly once, no id may be stored
 *       twice, and no stored article may be blank (half written). Prints one row of the results table and exits 0
 *       when all holds, 1 otherwise.</li>
 * </ul>
 */
public final class KillTrial {
    /** Articles per round's ingest: large enough that most kills fall in the middle of it. */
    public static final long DEFAULT_COUNT = 20_000;

    private KillTrial() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 4 && args[0].equals("ingest")) {
            long count = args.length >= 5 ? Long.parseLong(args[4]) : DEFAULT_COUNT;
            ingest(Path.of(args[1]), Path.of(args[2]), Long.parseLong(args[3]), count);
        } else if (args.length >= 4 && args[0].equals("verify")) {
            System.exit(verify(Path.of(args[1]), Path.of(args[2]), args[3]) ? 0 : 1);
        } else if (args.length == 1 && args[0].equals("header")) {
            System.out.println("| round | CheckIndex | acknowledged (all rounds) | stored | ids stored twice "
                    + "| blank | acknowledged but missing | result |");
            System.out.println("|---|---|---|---|---|---|---|---|");
        } else {
            System.err.println("usage: KillTrial ingest DIR ACKS SEED [COUNT] | KillTrial verify DIR ACKS ROUND "
                    + "| KillTrial header");
            System.exit(2);
        }
    }

    private static void ingest(Path dir, Path acks, long seed, long count) throws IOException {
        try (ArticleStore store = ArticleStore.open(dir);
             BufferedWriter out = Files.newBufferedWriter(acks, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                     StandardOpenOption.APPEND)) {
            IngestListener listener = new IngestListener() {
                @Override
                public void acknowledged(List<String> ids) {
                    try {
                        for (String id : ids) {
                            out.write(id);
                            out.newLine();
                        }
                        out.flush();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            };
            new Ingester(store).commitEvery(500).commitMillis(500).listener(listener)
                    .ingest(List.of(ArticleSource.of("synthetic", new SyntheticNews(seed, count))));
            System.err.println("KillTrial: ingest finished before the kill (" + store.size() + " stored)");
        }
    }

    private static boolean verify(Path dir, Path acks, String round) throws IOException {
        StoreCheck.Result check = StoreCheck.check(dir);
        Set<String> acknowledged = new HashSet<>();
        if (Files.exists(acks)) {
            for (String line : Files.readAllLines(acks, StandardCharsets.UTF_8)) {
                // The last line may be cut by the kill; a cut id was not acknowledged (no newline yet).
                if (line.length() == 16) {
                    acknowledged.add(line);
                }
            }
        }
        Map<String, Integer> copies = new HashMap<>();
        int[] blank = {0};
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.forEach(a -> {
                copies.merge(a.id(), 1, Integer::sum);
                if (a.article().text().isBlank()) {
                    blank[0]++;
                }
            });
        }
        long twice = copies.values().stream().filter(n -> n > 1).count();
        long missing = acknowledged.stream().filter(id -> !copies.containsKey(id)).count();
        long stored = copies.values().stream().mapToLong(Integer::longValue).sum();
        boolean ok = check.clean() && missing == 0 && twice == 0 && blank[0] == 0;
        System.out.println(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d | %s |", round,
                check.clean() ? "clean" : "BROKEN: " + check.summary(), acknowledged.size(), stored, twice, blank[0],
                missing, ok ? "OK" : "FAIL"));
        return ok;
    }
}
