package org.dossier.eval.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.dossier.eval.GateLine;
import org.dossier.model.Briefing;
import org.dossier.model.SummarySentence;
import org.dossier.render.BriefingRenderer;
import org.dossier.render.HtmlRenderer;
import org.dossier.render.JsonRenderer;
import org.dossier.render.MarkdownRenderer;
import org.dossier.render.TextRenderer;

/**
 * Quality gate for the renderers: renders every sample briefing of the shared data in all four formats, checks
 * each output with {@link RenderChecks} and measures rendering time.
 *
 * <p>The gate passes when no output has a problem. Run it with {@code main} (prints the report, exits 1 on
 * failure) or through {@code RenderGateTest}, which skips when the data is absent.
 */
public final class RenderGate {
    /** At most this many problem lines are kept per format, so that one systematic bug does not flood the report. */
    private static final int MAX_EXAMPLES = 5;

    /**
     * What the gate found.
     *
     * @param briefings       briefings rendered, by data set
     * @param sources         sources listed, over all briefings
     * @param sentences       summary sentences, over all briefings
     * @param citations       citations, over all briefings
     * @param results         per format, in the order text, md, html, json
     */
    public record Report(Map<String, Integer> briefings, int sources, int sentences, int citations,
                         List<FormatResult> results) {

        /** True when every output of every format passed every check. */
        public boolean passed() {
            return results.stream().allMatch(r -> r.failedBriefings() == 0);
        }

        /** The CI summary line. */
        public GateLine gateLine() {
            int failed = results.stream().mapToInt(FormatResult::failedBriefings).sum();
            return new GateLine("render", String.format(Locale.ROOT,
                    "%d briefings, %d sources, %d citations, failed outputs %d over %d formats", briefingCount(),
                    sources, citations, failed, results.size()), passed());
        }

        /** Total briefings over all sets. */
        public int briefingCount() {
            return briefings.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The report as a small table, for people. */
        public String format() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "Render gate: %d briefings %s, %d sources, %d summary sentences, "
                    + "%d citations%n", briefingCount(), briefings, sources, sentences, citations));
            sb.append(String.format(Locale.ROOT, "%-8s %8s %12s %12s %10s%n", "format", "failed", "total ms",
                    "ms/briefing", "KiB out"));
            for (FormatResult r : results) {
                sb.append(String.format(Locale.ROOT, "%-8s %8d %12.1f %12.3f %10.1f%n", r.format(),
                        r.failedBriefings(), r.nanos() / 1e6, r.nanos() / 1e6 / Math.max(1, briefingCount()),
                        r.chars() / 1024.0));
                r.examples().forEach(e -> sb.append("    ").append(e).append('\n'));
            }
            sb.append(gateLine().format()).append('\n');
            return sb.toString();
        }
    }

    /**
     * Results of one format.
     *
     * @param format          format name
     * @param failedBriefings briefings whose output had at least one problem
     * @param nanos           time spent rendering, after one warm-up pass (checks not included)
     * @param chars           characters written
     * @param examples        the first few problems, each prefixed by the briefing's origin
     */
    public record FormatResult(String format, int failedBriefings, long nanos, long chars, List<String> examples) {
    }

    private static final int TEXT_WIDTH = TextRenderer.DEFAULT_WIDTH;

    /** Renders and checks every sample. */
    public Report run(List<SampleBriefings.Sample> samples) {
        RenderChecks checks = new RenderChecks(TEXT_WIDTH);
        Map<String, BriefingRenderer> renderers = new LinkedHashMap<>();
        renderers.put("text", new TextRenderer(TEXT_WIDTH));
        renderers.put("md", new MarkdownRenderer());
        renderers.put("html", new HtmlRenderer());
        renderers.put("json", new JsonRenderer());
        Map<String, BiFunction<Briefing, String, List<String>>> checkers = Map.of(
                "text", checks::text, "md", checks::markdown, "html", checks::html, "json", checks::json);

        Map<String, Integer> perSet = new TreeMap<>();
        int sources = 0;
        int sentences = 0;
        int citations = 0;
        for (SampleBriefings.Sample s : samples) {
            perSet.merge(s.set(), 1, Integer::sum);
            sources += s.briefing().sources().size();
            sentences += s.briefing().summary().size();
            for (SummarySentence sentence : s.briefing().summary()) {
                citations += sentence.citations().size();
            }
        }
        List<FormatResult> results = new ArrayList<>();
        for (Map.Entry<String, BriefingRenderer> e : renderers.entrySet()) {
            int failed = 0;
            long nanos = 0;
            long chars = 0;
            List<String> examples = new ArrayList<>();
            // One untimed pass first, so that the figures measure rendering rather than class loading and JIT.
            for (SampleBriefings.Sample s : samples) {
                e.getValue().render(s.briefing());
            }
            for (SampleBriefings.Sample s : samples) {
                long start = System.nanoTime();
                String out = e.getValue().render(s.briefing());
                nanos += System.nanoTime() - start;
                chars += out.length();
                List<String> problems = checkers.get(e.getKey()).apply(s.briefing(), out);
                if (!problems.isEmpty()) {
                    failed++;
                    for (String p : problems) {
                        if (examples.size() < MAX_EXAMPLES) {
                            examples.add(s.origin() + ": " + p);
                        }
                    }
                }
            }
            results.add(new FormatResult(e.getKey(), failed, nanos, chars, examples));
        }
        return new Report(perSet, sources, sentences, citations, results);
    }

    /** Runs the gate over the shared data and prints the report; exit status 1 when it fails, 2 without data. */
    public static void main(String[] args) {
        List<SampleBriefings.Sample> samples = new SampleBriefings().all();
        if (samples.isEmpty()) {
            System.err.println("No shared data found (set DOSSIER_DATA); nothing to check.");
            System.exit(2);
        }
        Report report = new RenderGate().run(samples);
        System.out.print(report.format());
        System.exit(report.passed() ? 0 : 1);
    }
}
