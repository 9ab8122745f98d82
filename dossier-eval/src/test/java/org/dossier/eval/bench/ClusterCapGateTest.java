package org.dossier.eval.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.eval.GateLine;
import org.dossier.eval.SharedData;
import org.dossier.eval.summaries.SummaryDataset;
import org.dossier.model.Article;
import org.dossier.read.ArticleCap;
import org.dossier.read.Limits;
import org.junit.jupiter.api.Test;

/**
 * Gate for the articles-per-brief cap: out of a 10,000-article cluster built from the DUC 2006 articles (repeated
 * under new ids), {@link ArticleCap} must pick the default number of articles within 20 s of CPU. The briefing
 * cost per article is measured by {@link ClusterSizeBenchmark}. Skipped cleanly without the shared data.
 */
class ClusterCapGateTest {

    @Test
    void capsATenThousandArticleClusterQuickly() throws IOException {
        Path duc = SharedData.resolve("summarization/duc2006.jsonl").orElse(null);
        assumeTrue(duc != null, "shared data absent");
        List<Article> all = SummaryDataset.allArticles(duc);
        List<Article> big = new ArrayList<>(10_000);
        for (int i = 0; i < 10_000; i++) {
            Article a = all.get(i % all.size());
            big.add(new Article("x" + i, a.title(), a.text(), a.outlet(), a.byline(), a.published(), a.url(),
                    a.origin()));
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        ArticleCap.Capped capped = ArticleCap.mostCentral(big, Limits.DEFAULT_MAX_ARTICLES_PER_BRIEF);
        double seconds = (os.getProcessCpuTime() - cpu) / 1e9;
        boolean pass = capped.kept().size() == Limits.DEFAULT_MAX_ARTICLES_PER_BRIEF && seconds < 20;
        GateLine line = new GateLine("cluster-cap", String.format(Locale.ROOT,
                "10000 articles -> %d kept, %d left out, %.2f s CPU (limit 20 s)", capped.kept().size(),
                capped.leftOut(), seconds), pass).print();
        assertTrue(line.pass(), line.format());
    }
}
