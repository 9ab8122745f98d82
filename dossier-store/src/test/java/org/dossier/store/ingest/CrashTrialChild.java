package org.dossier.store.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.store.ArticleStore;
import org.dossier.store.FictionalNews;

/**
 * The process {@link CrashSafetyTest} kills: ingests invented articles for ever with small batches and prints
 * {@code ACK id} for each id the store acknowledged, after the commit that made it durable.
 *
 * <p>Arguments: store folder, seed.
 */
public final class CrashTrialChild {
    private CrashTrialChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        PrintStream out = System.out;
        FictionalNews news = new FictionalNews(seed);
        Iterable<Article> endless = () -> new Iterator<>() {
            private long n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Article next() {
                n++;
                return Article.builder("s" + seed + "-" + n, news.body(3 + news.nextInt(5)))
                        .title("Invented story " + n).url("https://trial.example/" + seed + "/" + n).build();
            }
        };
        try (ArticleStore store = ArticleStore.open(dir)) {
            out.println("READY");
            out.flush();
            new Ingester(store).threads(2).commitEvery(40).commitMillis(30).listener(new IngestListener() {
                @Override
                public void acknowledged(List<String> ids) {
                    StringBuilder lines = new StringBuilder();
                    ids.forEach(id -> lines.append("ACK ").append(id).append('\n'));
                    out.print(lines);
                    out.flush();
                }
            }).ingest(List.of(ArticleSource.of("endless", endless)));
        }
    }
}
