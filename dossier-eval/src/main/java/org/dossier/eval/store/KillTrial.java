package org.dossier.eval.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
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
 *   <li>{@code KillTrial ingest DIR ACKS SEED}: ingests {@link SyntheticNews} without end, appending each
 *       acknowledged id to the file ACKS (flushed to disk) after the commit that made it durable;</li>
 *   <li>{@code KillTrial verify DIR ACKS}: checks the store with {@link StoreCheck}, opens it, and checks that
 *       every id in ACKS is there; prints one line and exits 0 when all holds, 1 otherwise.</li>
 * </ul>
 */
public final class KillTrial {
    private KillTrial() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 4 && args[0].equals("ingest")) {
            ingest(Path.of(args[1]), Path.of(args[2]), Long.parseLong(args[3]));
        } else if (args.length >= 3 && args[0].equals("verify")) {
            System.exit(verify(Path.of(args[1]), Path.of(args[2])) ? 0 : 1);
        } else {
            System.err.println("usage: KillTrial ingest DIR ACKS SEED | KillTrial verify DIR ACKS");
            System.exit(2);
        }
    }

    private static void ingest(Path dir, Path acks, long seed) throws IOException {
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
                    .ingest(List.of(ArticleSource.of("synthetic", new SyntheticNews(seed, Long.MAX_VALUE))));
        }
    }

    private static boolean verify(Path dir, Path acks) throws IOException {
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
        Set<String> present = new HashSet<>();
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.forEach(a -> present.add(a.id()));
        }
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(present);
        boolean ok = check.clean() && lost.isEmpty();
        System.out.println((ok ? "OK" : "FAIL") + ": " + check.summary() + "; acknowledged " + acknowledged.size()
                + ", stored " + present.size() + ", acknowledged but missing " + lost.size());
        return ok;
    }
}
