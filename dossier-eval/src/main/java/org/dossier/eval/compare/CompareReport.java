package org.dossier.eval.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dossier.compare.Comparison;
import org.dossier.compare.StoryComparer;
import org.dossier.eval.SeedArticles;
import org.dossier.eval.SharedData;
import org.dossier.eval.entities.EntitiesReport;
import org.dossier.group.events.EventSeparator;
import org.dossier.group.events.StoryEvents;
import org.dossier.model.Agreement;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.Citation;
import org.dossier.model.Discrepancy;
import org.dossier.read.ArticleLoader;

/**
 * Prints what the compare stage finds in a story, for a person to judge: the agreements ("reported by 3 of 5")
 * and the discrepancies (values side by side with their sources and the verdict), then times the stage once the
 * JVM is warm.
 *
 * <pre>CompareReport [FOLDER...]</pre>
 * Without arguments: the seeds of the shared data (when present) and the team's example story
 * {@code examples/harbour-talks}. Nothing read here is stored in the repository; the output goes to the console.
 *
 * <p>The timing runs the stage alone (events given) on a story of ten articles (the given ones repeated under
 * new indexes when there are fewer), after a warm-up.
 */
public final class CompareReport {
    /**
     * Warm timing of the stage on one story: wall-clock time, and the CPU time of the measuring thread, which a
     * machine shared with other work does not inflate.
     */
    public record Speed(int articles, int runs, double medianMs, double p90Ms, double medianCpuMs) {
        @Override
        public String toString() {
            return String.format("%d articles: median %.2f ms, p90 %.2f ms wall; median %.2f ms CPU; %d warm runs",
                    articles, medianMs, p90Ms, medianCpuMs, runs);
        }
    }

    private CompareReport() {
    }

    /** Cleans, splits, separates into events and compares {@code articles}. */
    public static Comparison compare(List<Article> articles) {
        List<AnalysedArticle> analysed = EntitiesReport.analyse(articles);
        StoryEvents events = new EventSeparator().separate(analysed);
        return new StoryComparer().compare(analysed, events);
    }

    /** The comparison as text: one block per agreement and per discrepancy, citations as [source:sentence]. */
    public static String describe(Comparison c) {
        StringBuilder sb = new StringBuilder();
        sb.append("agreements: ").append(c.agreements().size()).append('\n');
        for (Agreement a : c.agreements()) {
            sb.append(String.format("  %d of %d %s%n    %s%n", a.sourceCount(), a.sourceTotal(),
                    refs(a.citations()), a.claim()));
        }
        sb.append("discrepancies: ").append(c.discrepancies().size()).append('\n');
        for (Discrepancy d : c.discrepancies()) {
            sb.append(String.format("  %s %s — %s%n", d.verdict(), d.kind(), d.subject()));
            for (Discrepancy.StatedValue v : d.values()) {
                sb.append(String.format("    %-32s %s%n", "\"" + v.value() + "\"", refs(v.citations())));
                for (Citation ci : v.citations()) {
                    sb.append(String.format("        [%d:%d] %s%n", ci.source(), ci.sentence(), shorten(ci.text())));
                }
            }
        }
        return sb.toString();
    }

    private static String refs(List<Citation> citations) {
        StringBuilder sb = new StringBuilder();
        for (Citation c : citations) {
            sb.append('[').append(c.source()).append(':').append(c.sentence()).append(']');
        }
        return sb.toString();
    }

    private static String shorten(String text) {
        return text.length() <= 150 ? text : text.substring(0, 147) + "...";
    }

    /** Times the stage alone on {@code n} articles, {@code warmup} runs unmeasured, then {@code runs} measured. */
    public static Speed time(List<Article> articles, int n, int warmup, int runs) {
        List<AnalysedArticle> analysed = EntitiesReport.repeat(EntitiesReport.analyse(articles), n);
        StoryEvents events = new EventSeparator().separate(analysed);
        StoryComparer comparer = new StoryComparer();
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += comparer.compare(analysed, events).agreements().size();
        }
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            sink += comparer.compare(analysed, events).discrepancies().size();
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        if (sink < 0) {
            System.out.println(sink); // keeps the work observable so the JIT cannot drop it
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new Speed(analysed.size(), runs, ms[runs / 2], ms[(int) Math.floor(runs * 0.9)], cpu[runs / 2]);
    }

    /** The example story folder of the checkout, if it can be found from the working folder. */
    static Optional<Path> example() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("examples").resolve("harbour-talks");
            if (Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public static void main(String[] args) {
        List<String> names = new ArrayList<>();
        List<List<Article>> stories = new ArrayList<>();
        if (args.length > 0) {
            for (String a : args) {
                names.add(a);
                stories.add(new ArticleLoader().load(List.of(a)).articles());
            }
        } else {
            SeedArticles.fromSharedData().ifPresentOrElse(s -> {
                names.add("seeds");
                stories.add(s);
            }, () -> System.out.println("no seeds: shared data not found (" + SharedData.root() + ")"));
            example().ifPresent(p -> {
                names.add(p.toString());
                stories.add(new ArticleLoader().load(List.of(p.toString())).articles());
            });
        }
        for (int i = 0; i < stories.size(); i++) {
            System.out.println("=== " + names.get(i) + " (" + stories.get(i).size() + " articles)");
            System.out.print(describe(compare(stories.get(i))));
        }
        for (int i = 0; i < stories.size(); i++) {
            System.out.println("speed, " + names.get(i) + ": " + time(stories.get(i), 10, 300, 200));
        }
    }
}
