package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dossier.eval.summarise.SummarizerTrainer;
import org.dossier.eval.summarise.SummaryQualityBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dossier train}: learns the summariser's weights from the development sets and writes them where
 * {@code dossier-core} ships them. The learning itself is {@link SummarizerTrainer}; this command only parses the
 * options, reports progress and writes the file.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Learn the summariser's concept and selection weights from the dev sets",
            "in ../shared/data (DUC 2006 query-focused, Multi-News), with k-fold",
            "cross-validation over clusters. Prints the held-out ROUGE of every fold and",
            "the pooled mean, then writes the model fitted on all clusters.",
            "Deterministic: the same seed and data give the same file.",
            "Run from the repository root."})
final class TrainCommand implements Callable<Integer> {
    @Option(names = "--folds", paramLabel = "K", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds = 5;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the fold assignment (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--limit", paramLabel = "N", description = "Use at most N clusters of each set (for a quick look).")
    int limit = Integer.MAX_VALUE;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the weights (default: ${DEFAULT-VALUE}).")
    Path output = SummarizerTrainer.DEFAULT_OUTPUT;

    @Option(names = "--dry-run", description = "Print the weights instead of writing them.")
    boolean dryRun;

    @CommandLine.Mixin
    DebugOption debugOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (folds < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--folds must be at least 2");
        }
        if (!dryRun && output.equals(SummarizerTrainer.DEFAULT_OUTPUT)
                && !output.toAbsolutePath().getParent().toFile().isDirectory()) {
            throw new UserException("no " + output.getParent() + " here: run 'dossier train' from the repository"
                    + " root, or give --output", DossierCommand.EXIT_INPUT);
        }
        List<SummaryQualityBenchmark.PreparedSet> sets;
        try {
            sets = SummarizerTrainer.developmentSets(limit);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), DossierCommand.EXIT_INPUT);
        }
        PrintWriter out = spec.commandLine().getOut();
        SummarizerTrainer.Report report = SummarizerTrainer.train(sets, folds, seed, line -> {
            out.println(line);
            out.flush();
        });
        String text = SummarizerTrainer.weightsFile(report, folds, seed);
        if (dryRun) {
            out.print(text);
        } else {
            SummarizerTrainer.writeFile(text, output);
            out.println("weights written to " + output);
        }
        out.flush();
        return 0;
    }
}
