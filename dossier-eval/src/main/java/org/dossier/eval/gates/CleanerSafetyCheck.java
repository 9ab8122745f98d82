package org.dossier.eval.gates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.dossier.clean.CleanedPage;
import org.dossier.clean.LineFeatures;
import org.dossier.clean.LineRole;
import org.dossier.clean.LineVerdict;
import org.dossier.clean.ScrapedTextCleaner;
import org.dossier.clean.TextRepair;
import org.dossier.eval.GateLine;
import org.dossier.eval.SharedData;
import org.dossier.eval.summaries.SummaryDataset;
import org.dossier.model.Article;

/**
 * How much the {@link ScrapedTextCleaner} drops from text it has never seen, and how much of that looks like
 * article sentences: the risk the seed gate cannot show on five pages.
 *
 * <p>It cleans every document of a cluster file (DUC 2006: clean newswire, some agency furniture such as "On the
 * Net:" lists, editor's notes and author bios; Multi-News: scraped web text) and counts, per deciding rule, the
 * dropped lines. A dropped line that ends like a sentence is listed so that a reviewer can check it; on clean
 * newswire most of them should be bios and credits. The gate checks that such lines stay under
 * {@value #MAX_SENTENCE_DROP_PERCENT}% of all lines of DUC 2006.
 *
 * <p>Run: {@code java -cp ... org.dossier.eval.gates.CleanerSafetyCheck [file.jsonl] [examplesToShow]}.
 */
public final class CleanerSafetyCheck {
    /** Largest acceptable share (percent of non-blank lines) of dropped lines that end like sentences. */
    public static final double MAX_SENTENCE_DROP_PERCENT = 0.5;

    /**
     * What the check counted.
     *
     * @param documents        documents cleaned
     * @param lines            non-blank body lines seen
     * @param dropped          lines dropped as furniture
     * @param sentenceDropped  dropped lines that end like a sentence
     * @param byRule           dropped lines per deciding rule
     * @param examples         the first dropped sentence-like lines, "rule | text", for review
     */
    public record Result(int documents, int lines, int dropped, int sentenceDropped, Map<String, Integer> byRule,
                         List<String> examples) {
        /** Dropped sentence-like lines as a percentage of all lines. */
        public double sentenceDropPercent() {
            return lines == 0 ? 0 : 100.0 * sentenceDropped / lines;
        }

        /** True when lines were read and few enough sentence-like lines were dropped. */
        public boolean passed() {
            return lines > 0 && sentenceDropPercent() < MAX_SENTENCE_DROP_PERCENT;
        }

        /** The CI summary line. */
        public GateLine gateLine() {
            return new GateLine("cleaner-safety", String.format(Locale.ROOT,
                    "sentence-like lines dropped %d/%d (%.2f%%, limit %.1f%%), %d documents", sentenceDropped, lines,
                    sentenceDropPercent(), MAX_SENTENCE_DROP_PERCENT, documents), passed());
        }

        /** The report printed by {@link #main}. */
        public String format() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("documents=%d lines=%d dropped=%d (%.1f%%) sentence-like dropped=%d (%.2f%%)%n",
                    documents, lines, dropped, lines == 0 ? 0 : 100.0 * dropped / lines, sentenceDropped,
                    sentenceDropPercent()));
            b.append("dropped by rule: ").append(byRule).append('\n');
            examples.forEach(e -> b.append("  ").append(e).append('\n'));
            return b.toString();
        }
    }

    /** Cleans every document in {@code file}; keeps up to {@code show} examples of dropped sentence-like lines. */
    public Result run(Path file, int show) throws IOException {
        ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
        int documents = 0;
        int lines = 0;
        int dropped = 0;
        int sentenceDropped = 0;
        Map<String, Integer> byRule = new TreeMap<>();
        List<String> examples = new ArrayList<>();
        for (Article doc : SummaryDataset.allArticles(file)) {
            documents++;
            CleanedPage page = cleaner.inspect(doc);
            for (LineVerdict v : page.lines()) {
                boolean titleLine = doc.title() != null && v.line() == 1;
                if (v.role() == LineRole.BLANK || titleLine) {
                    continue;
                }
                lines++;
                if (v.role() != LineRole.FURNITURE) {
                    continue;
                }
                dropped++;
                byRule.merge(v.rule(), 1, Integer::sum);
                String text = TextRepair.repairLine(v.raw());
                if (LineFeatures.endsLikeSentence(text)) {
                    sentenceDropped++;
                    if (examples.size() < show) {
                        examples.add(v.rule() + " | " + (text.length() > 120 ? text.substring(0, 120) + "..." : text));
                    }
                }
            }
        }
        return new Result(documents, lines, dropped, sentenceDropped, byRule, examples);
    }

    public static void main(String[] args) throws IOException {
        int show = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        List<Path> files = new ArrayList<>();
        if (args.length > 0) {
            files.add(Path.of(args[0]));
        } else {
            SharedData.resolve("summarization/duc2006.jsonl").ifPresent(files::add);
            SharedData.resolve("summarization/multinews-dev.jsonl").ifPresent(files::add);
        }
        if (files.isEmpty()) {
            System.out.println("no cluster files found in shared/data/summarization; nothing to measure");
            return;
        }
        for (Path f : files) {
            System.out.println("== " + f.getFileName());
            System.out.print(new CleanerSafetyCheck().run(f, show).format());
        }
    }
}
