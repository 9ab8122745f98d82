package org.dossier.eval.gates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dossier.clean.CleanedPage;
import org.dossier.clean.LineRole;
import org.dossier.clean.LineVerdict;
import org.dossier.clean.ScrapedTextCleaner;
import org.dossier.eval.GateLine;
import org.dossier.eval.SeedArticles;
import org.dossier.eval.SharedData;
import org.dossier.model.Article;

/**
 * Quality gate for {@link ScrapedTextCleaner} on the five real seed pages in {@code shared/data/seeds}.
 *
 * <p>Every line of those pages was labelled by hand in {@code seeds-lines.tsv} (beside this class in the resources:
 * file name, 1-based line number, label; the page text itself is never copied into the repository). The gate
 * reads the pages the way the pipeline does ({@link SeedArticles}, i.e. the project's {@code ArticleLoader}: first
 * line as title, the rest as text), cleans each one and compares the cleaner's per-line verdicts with the labels:
 * <ul>
 *   <li><b>article lines kept</b>: lines labelled {@code article} that survive into the body (target: all);</li>
 *   <li><b>furniture lines left</b>: lines labelled {@code furniture(...)} that survive (target: none);</li>
 *   <li><b>titles</b>: lines labelled {@code title} that became the article's title.</li>
 * </ul>
 * A furniture line dropped under another kind than its label is not a failure, only listed as a note.
 *
 * <p>Run: {@code java -cp ... org.dossier.eval.gates.SeedCleaningGate [seedsFolder]}.
 */
public final class SeedCleaningGate {
    /** Classpath location of the hand labels. */
    public static final String LABELS = "/org/dossier/eval/gates/seeds-lines.tsv";

    /**
     * What the gate measured.
     *
     * @param pages          pages cleaned
     * @param articleKept    article lines that survived
     * @param articleTotal   article lines labelled
     * @param furnitureLeft  furniture lines that survived
     * @param furnitureTotal furniture lines labelled
     * @param titlesRight    title lines that became the title
     * @param titlesTotal    title lines labelled
     * @param failures       one entry per wrong line, "file:line expected ... got ... (rule)"
     * @param notes          furniture dropped under another kind than labelled
     */
    public record Report(int pages, int articleKept, int articleTotal, int furnitureLeft, int furnitureTotal,
                         int titlesRight, int titlesTotal, List<String> failures, List<String> notes) {
        /**
         * True when every labelled page was read, every labelled line was seen, every article line was kept, no
         * furniture was left and every title was found.
         */
        public boolean passed() {
            return pages > 0 && failures.isEmpty() && articleKept == articleTotal && furnitureLeft == 0
                    && titlesRight == titlesTotal;
        }

        /** The CI summary line. */
        public GateLine gateLine() {
            return new GateLine("seed-cleaning", String.format(Locale.ROOT,
                    "pages %d, article lines kept %d/%d, furniture left %d/%d, titles %d/%d", pages, articleKept,
                    articleTotal, furnitureLeft, furnitureTotal, titlesRight, titlesTotal), passed());
        }

        /** The report as printed by {@link #main}. */
        public String format() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("seed pages: %d%n", pages));
            b.append(String.format("article lines kept:   %d / %d%n", articleKept, articleTotal));
            b.append(String.format("furniture lines left: %d / %d%n", furnitureLeft, furnitureTotal));
            b.append(String.format("titles found:         %d / %d%n", titlesRight, titlesTotal));
            failures.forEach(f -> b.append("FAIL ").append(f).append('\n'));
            notes.forEach(n -> b.append("note ").append(n).append('\n'));
            b.append(gateLine().format()).append('\n');
            return b.toString();
        }
    }

    private final ScrapedTextCleaner cleaner = new ScrapedTextCleaner();

    /** Cleans every labelled page found in {@code seeds} and compares with the labels. */
    public Report run(Path seeds) throws IOException {
        Map<String, Map<Integer, String>> labels = loadLabels();
        int articleKept = 0;
        int articleTotal = 0;
        int furnitureLeft = 0;
        int furnitureTotal = 0;
        int titlesRight = 0;
        int titlesTotal = 0;
        int pages = 0;
        List<String> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, Article> byFile = new LinkedHashMap<>();
        for (Article a : SeedArticles.read(seeds)) {
            byFile.put(Path.of(a.id()).getFileName().toString(), a);
        }
        for (Map.Entry<String, Map<Integer, String>> file : labels.entrySet()) {
            Article page = byFile.get(file.getKey());
            if (page == null) {
                failures.add(file.getKey() + " missing");
                continue;
            }
            pages++;
            CleanedPage cleaned = cleaner.inspect(page);
            LineNumbers numbers = LineNumbers.of(seeds.resolve(file.getKey()));
            Map<Integer, LineVerdict> verdicts = new TreeMap<>();
            for (LineVerdict v : cleaned.lines()) {
                verdicts.put(numbers.fileLine(v.line()), v);
            }
            for (Map.Entry<Integer, String> label : file.getValue().entrySet()) {
                String where = file.getKey() + ":" + label.getKey();
                String expected = label.getValue();
                LineVerdict got = verdicts.get(label.getKey());
                if (got == null && expected.equals("blank")) {
                    continue; // a blank line the reader dropped between the title and the body
                }
                if (got == null) {
                    failures.add(where + " expected " + expected + " but the cleaner saw no such line");
                    continue;
                }
                String detail = where + " expected " + expected + " got " + got.label() + " (" + got.rule() + ")";
                if (expected.equals("article")) {
                    articleTotal++;
                    boolean inBody = got.kept() && cleaned.article().text().contains(got.text());
                    if (inBody) {
                        articleKept++;
                    } else {
                        failures.add(detail);
                    }
                } else if (expected.equals("title")) {
                    titlesTotal++;
                    if (got.role() == LineRole.TITLE && got.text() != null
                            && got.text().equals(cleaned.article().title())) {
                        titlesRight++;
                    } else {
                        failures.add(detail);
                    }
                } else if (expected.startsWith("furniture")) {
                    furnitureTotal++;
                    if (got.kept()) {
                        furnitureLeft++;
                        failures.add(detail);
                    } else if (!got.label().equals(expected)) {
                        notes.add(detail);
                    }
                }
            }
        }
        return new Report(pages, articleKept, articleTotal, furnitureLeft, furnitureTotal, titlesRight, titlesTotal,
                failures, notes);
    }

    /**
     * Maps the cleaner's line numbers back to the file's, where the labels point. The reader drops the blank lines
     * before the title and between the title and the body, so the cleaner's line 2 (the first body line) is the
     * file's first non-blank line after the title. Only line counts are read here; the text comes from the loader.
     *
     * @param titleLine 1-based file line of the title
     * @param bodyLine  1-based file line of the first body line
     */
    record LineNumbers(int titleLine, int bodyLine) {
        static LineNumbers of(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int title = 0;
            while (title < lines.size() && lines.get(title).isBlank()) {
                title++;
            }
            int body = title + 1;
            while (body < lines.size() && lines.get(body).isBlank()) {
                body++;
            }
            return new LineNumbers(title + 1, body + 1);
        }

        /** The file line of the cleaner's {@code line} (1 = title, 2 = first body line, ...). */
        int fileLine(int line) {
            return line == 1 ? titleLine : bodyLine + line - 2;
        }
    }

    /** file name -> (line number -> label), from the resource file. */
    static Map<String, Map<Integer, String>> loadLabels() {
        Map<String, Map<Integer, String>> out = new LinkedHashMap<>();
        try (InputStream in = SeedCleaningGate.class.getResourceAsStream(LABELS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LABELS);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.computeIfAbsent(f[0], k -> new TreeMap<>()).put(Integer.parseInt(f[1]), f[2].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The seeds folder: the first argument, else {@code seeds} in the shared data. */
    static Optional<Path> seedsFolder(String[] args) {
        return args.length > 0 ? Optional.of(Path.of(args[0])) : SharedData.resolve(SeedArticles.FOLDER);
    }

    public static void main(String[] args) throws IOException {
        Optional<Path> seeds = seedsFolder(args);
        if (seeds.isEmpty()) {
            System.out.println("seed pages not found (shared/data/seeds); nothing to measure");
            return;
        }
        Report report = new SeedCleaningGate().run(seeds.get());
        System.out.print(report.format());
        if (!report.passed()) {
            System.exit(1);
        }
    }
}
