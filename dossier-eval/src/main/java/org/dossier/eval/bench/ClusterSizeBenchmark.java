package org.dossier.eval.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dossier.Dossier;
import org.dossier.eval.SharedData;
import org.dossier.eval.summaries.SummaryDataset;
import org.dossier.model.Article;
import org.dossier.model.Briefing;
import org.dossier.read.ArticleCap;
import org.dossier.read.Limits;

/**
 * How briefing cost grows with the number of articles: the measurement behind the default of
 * {@link Limits#maxArticlesPerBrief()} in {@code docs/reliability.md}.
 *
 * <p>Takes the first N articles of DUC 2006 (50 topics of 25 newswire articles, read from the shared data in
 * order, so N articles cover about N/25 topics: a large, mixed "cluster" such as a careless query returns) and
 * briefs them with every section, once per N after one warm-up brief. Reports the process CPU time (all threads:
 * the analysis runs beside the summary), wall time and the heap in use after the brief. Then times
 * {@link ArticleCap} choosing the default number of articles out of a 10,000-article cluster (the DUC articles
 * repeated under new ids).
 *
 * <pre>java -cp dossier-cli/target/dossier.jar org.dossier.eval.bench.ClusterSizeBenchmark [N...]</pre>
 */
public final class ClusterSizeBenchmark {
    private ClusterSizeBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path duc = SharedData.resolve("summarization/duc2006.jsonl").orElse(null);
        if (duc == null) {
            System.err.println("ClusterSizeBenchmark: shared data not found (summarization/duc2006.jsonl); skipped");
            return;
        }
        int[] sizes = args.length == 0 ? new int[] {25, 100, 250, 500}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        List<Article> all = SummaryDataset.allArticles(duc);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Dossier dossier = Dossier.builder().build();
        dossier.brief(all.subList(0, 25)); // warm-up: class loading and JIT of the hot paths
        System.out.println("| articles | CPU s (all threads) | wall s | heap in use after, MB | summary sentences |");
        System.out.println("|---|---|---|---|---|");
        for (int n : sizes) {
            List<Article> articles = all.subList(0, Math.min(n, all.size()));
            System.gc();
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            Briefing b = dossier.brief(articles);
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            Runtime rt = Runtime.getRuntime();
            long heapMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
            System.out.printf(Locale.ROOT, "| %d | %.1f | %.1f | %d | %d |%n", articles.size(), cpuSeconds,
                    wallSeconds, heapMb, b.summary().size());
        }
        List<Article> big = new ArrayList<>(10_000);
        for (int i = 0; i < 10_000; i++) {
            Article a = all.get(i % all.size());
            big.add(new Article("x" + i, a.title(), a.text(), a.outlet(), a.byline(), a.published(), a.url(),
                    a.origin()));
        }
        long cpu = os.getProcessCpuTime();
        ArticleCap.Capped capped = ArticleCap.mostCentral(big, Limits.DEFAULT_MAX_ARTICLES_PER_BRIEF);
        System.out.printf(Locale.ROOT, "ArticleCap: 10000 articles -> %d most central in %.2f s CPU%n",
                capped.kept().size(), (os.getProcessCpuTime() - cpu) / 1e9);
    }
}
