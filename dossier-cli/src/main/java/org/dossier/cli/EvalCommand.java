package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.dossier.eval.rouge.RougeOptions;
import org.dossier.eval.rouge.RougeReport;
import org.dossier.eval.rouge.RougeScorer;
import org.dossier.eval.summaries.Centroid;
import org.dossier.eval.summaries.Cluster;
import org.dossier.eval.summaries.DossierSystem;
import org.dossier.eval.summaries.EvaluationResult;
import org.dossier.eval.summaries.Lead;
import org.dossier.eval.summaries.LexRank;
import org.dossier.eval.summaries.RandomSentences;
import org.dossier.eval.summaries.SummaryDataset;
import org.dossier.eval.summaries.SummaryEvaluation;
import org.dossier.eval.summaries.TextRank;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier eval}: measure Dossier against reference data. */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        description = "Measure Dossier against the dev sets in ../shared/data (or DOSSIER_DATA).",
        subcommands = {EvalCommand.Summaries.class, EvalCommand.Rouge.class, EvalCommand.Speed.class,
            EvalCommand.Extraction.class, EvalCommand.Cleaning.class})
final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /** {@code dossier eval summaries DATA.jsonl}: summarise every cluster and print a ROUGE table. */
    @Command(name = "summaries", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Summarise every cluster of a dataset and score the summaries with ROUGE-1.5.5 semantics.",
                "DATA is a JSON-lines file with one cluster per line ({\"id\", \"query\"?, \"docs\", \"refs\"}),",
                "or a short name of a dev set in ../shared/data: duc2006, multinews.",
                "Conventions: DUC sets are scored as recall with -m -l WORDS; others as F1 with -m, references",
                "not truncated."})
    static final class Summaries implements Callable<Integer> {
        @Parameters(paramLabel = "DATA", description = "Dataset file or short name.")
        String data;

        @Option(names = {"-w", "--words"}, paramLabel = "N", description = "Word budget (default: ${DEFAULT-VALUE}).")
        int words = 250;

        @Option(names = "--focus-from-query",
                description = "Use each cluster's topic title and narrative as the focus query.")
        boolean focusFromQuery;

        @Option(names = "--baselines", description = "Add rows for the Lead, Random, LexRank, TextRank and Centroid baselines.")
        boolean baselines;

        @Option(names = "--warm", description = "Summarise every cluster once untimed first, then time a second pass"
                + " (the throughput of a long-running process).")
        boolean warm;

        @Option(names = "--threads", paramLabel = "N", description = "Clusters summarised in parallel (default:"
                + " ${DEFAULT-VALUE}); scores do not depend on it.")
        int threads = 1;

        @Option(names = "--print", description = "After the table, print Dossier's summary of every cluster (one"
                + " sentence a line, under '## <cluster id>'), e.g. to diff two versions' summaries.")
        boolean print;

        @CommandLine.Mixin
        DebugOption debugOption;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException, InterruptedException {
            if (threads < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
            }
            Path dataset = resolve(data);
            List<Cluster> clusters = SummaryDataset.readAll(dataset);
            SummaryEvaluation.Timing timing = new SummaryEvaluation.Timing(threads, warm);
            RougeOptions options = SummaryEvaluation.conventionFor(dataset, words);
            List<Function<Cluster, List<String>>> systems = new ArrayList<>();
            // Summaries are deterministic, so the last pass's copy kept here is every pass's.
            Map<String, List<String>> printed = new ConcurrentHashMap<>();
            DossierSystem dossier = new DossierSystem(words, focusFromQuery);
            systems.add(!print ? dossier : new Function<>() {
                @Override
                public List<String> apply(Cluster cluster) {
                    List<String> summary = dossier.apply(cluster);
                    printed.put(cluster.id(), summary);
                    return summary;
                }

                @Override
                public String toString() {
                    return dossier.toString();
                }
            });
            if (baselines) {
                systems.add(new Lead(words));
                systems.add(new RandomSentences(words, 1L));
                systems.add(new LexRank(words));
                systems.add(new TextRank(words));
                systems.add(new Centroid(words));
            }
            PrintWriter out = spec.commandLine().getOut();
            for (Function<Cluster, List<String>> system : systems) {
                EvaluationResult result = SummaryEvaluation.run(dataset.getFileName().toString(), clusters, system,
                        words, options, timing);
                out.print(result.table());
                out.println();
                out.flush();
            }
            if (print) {
                for (Cluster cluster : clusters) {
                    out.println("## " + cluster.id());
                    printed.getOrDefault(cluster.id(), List.of()).forEach(line -> out.println("  " + line));
                }
                out.flush();
            }
            return 0;
        }

        private static Path resolve(String name) {
            try {
                return SummaryEvaluation.datasetPath(name);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), DossierCommand.EXIT_INPUT);
            }
        }
    }

    /** {@code dossier eval rouge}: score one system summary against reference summaries. */
    @Command(name = "rouge", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Score a system summary against one or more references with ROUGE-1.5.5 semantics.",
                "Files hold one sentence per line, as ROUGE's SPL input."})
    static final class Rouge implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "SYSTEM", description = "The system summary.")
        Path system;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "REFERENCE", description = "Reference summaries.")
        List<Path> references;

        @Option(names = "-m", description = "Porter stemming with the WordNet exceptions (ROUGE's -m).")
        boolean stem;

        @Option(names = "-s", description = "Remove SMART stopwords (ROUGE's -s).")
        boolean stopwords;

        @Option(names = "-l", paramLabel = "WORDS", description = "Keep only the first WORDS words (ROUGE's -l).")
        int wordLimit;

        @Option(names = "-b", paramLabel = "BYTES", description = "Keep only the first BYTES bytes (ROUGE's -b).")
        int byteLimit;

        @CommandLine.Mixin
        DebugOption debugOption;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (wordLimit > 0 && byteLimit > 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "-l and -b cannot be combined");
            }
            RougeOptions options = new RougeOptions(stem, stopwords, wordLimit, wordLimit > 0 ? 0 : byteLimit,
                    true, 4, 0.5);
            List<List<String>> refs = new ArrayList<>();
            for (Path r : references) {
                refs.add(lines(r));
            }
            RougeReport report = new RougeScorer(options).score(lines(system), refs);
            spec.commandLine().getOut().print(report.toString());
            return 0;
        }

        private static List<String> lines(Path file) {
            try {
                return Files.readAllLines(file);
            } catch (IOException e) {
                throw new UserException("cannot read " + file + ": " + e.getMessage(), DossierCommand.EXIT_INPUT);
            }
        }
    }

    /** {@code dossier eval speed INPUT...}: warm in-process latency of briefing one cluster. */
    @Command(name = "speed", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Time briefing one cluster in-process once the JVM is warm (median and p90 of many runs):",
                "the summary alone, the full briefing, and each analysis stage (events, entities, quotes, compare).",
                "The cluster is the first N articles read from the inputs (repeated when fewer are found)."})
    static final class Speed implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, JSON lines.")
        List<String> inputs;

        @Option(names = "--articles", paramLabel = "N", description = "Cluster size (default: ${DEFAULT-VALUE}).")
        int articles = 10;

        @Option(names = "--runs", paramLabel = "N", description = "Measured runs (default: ${DEFAULT-VALUE}).")
        int runs = 200;

        @CommandLine.Mixin
        DebugOption debugOption;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<org.dossier.model.Article> found = new org.dossier.read.ArticleLoader().load(inputs).articles();
            if (found.isEmpty()) {
                throw new UserException("no usable article in " + inputs, DossierCommand.EXIT_INPUT);
            }
            List<org.dossier.model.Article> cluster = org.dossier.eval.bench.BriefSpeed.cluster(found, articles);
            org.dossier.eval.bench.BriefSpeed.AnalysisCost cost = org.dossier.eval.bench.BriefSpeed.analysisCost(
                    cluster, org.dossier.summarise.SummaryOptions.DEFAULT_WORDS, Math.max(50, runs / 2), runs);
            spec.commandLine().getOut().println("brief, warm:");
            spec.commandLine().getOut().println(cost);
            return 0;
        }
    }

    /** {@code dossier eval extraction [DIR]}: HTML main-text extraction against L3S-GN1's gold text. */
    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"Token precision/recall/F1 of HTML main-text extraction against the gold text of L3S-GN1",
                "(headline + full text), and the worst pages."})
    static final class Extraction implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "The L3S-GN1 folder (default: the dev set).")
        String dir;

        @Option(names = "--worst", paramLabel = "N", description = "List the N worst pages (default: 10).")
        int worst = 10;

        @Override
        public Integer call() {
            String folder = dir != null ? dir : org.dossier.eval.SharedData.resolve("extraction/l3s-gn1")
                    .map(Object::toString).orElseThrow(() -> new UserException(
                            "L3S-GN1 not found: expected ../shared/data/extraction/l3s-gn1 (or pass DIR)",
                            DossierCommand.EXIT_INPUT));
            org.dossier.eval.extraction.ExtractionGate.main(new String[] {folder, String.valueOf(worst)});
            return 0;
        }
    }

    /** {@code dossier eval cleaning [DIR]}: scraped-page cleaning against the hand-labelled seed lines. */
    @Command(name = "cleaning", mixinStandardHelpOptions = true,
            description = "Article lines kept and furniture lines left by the cleaner on the labelled seed pages.")
    static final class Cleaning implements Callable<Integer> {
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "The seeds folder (default: the dev set).")
        String dir;

        @Override
        public Integer call() throws IOException {
            org.dossier.eval.gates.SeedCleaningGate.main(dir == null ? new String[0] : new String[] {dir});
            return 0;
        }
    }
}
