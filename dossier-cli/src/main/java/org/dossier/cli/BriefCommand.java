package org.dossier.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dossier.Dossier;
import org.dossier.assemble.Section;
import org.dossier.model.Briefing;
import org.dossier.model.Issue;
import org.dossier.read.ArticleCap;
import org.dossier.read.ArticleLoader;
import org.dossier.read.Limits;
import org.dossier.read.ReadResult;
import org.dossier.render.BriefingRenderer;
import org.dossier.render.Renderers;
import org.dossier.summarise.SummaryOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier brief}: reads articles about one story and prints a cited briefing. */
@Command(name = "brief",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Briefs the articles about one story: a short summary whose every sentence cites its sources,",
            "then the story's events, timeline, quotes by speaker, who is who, agreements and discrepancies,",
            "each item citing its sources, and the list of sources.", "",
            "Reads .txt (title on the first line), .html/.htm, .jsonl/.json; folders recursively; - for stdin."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:briefing written", "1:no usable article, or the output could not be written",
            "2:usage error"})
final class BriefCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, glob patterns, or - for stdin.")
    List<String> inputs;

    @Option(names = {"-w", "--words"}, paramLabel = "N",
            description = "Word budget of the summary (default: ${DEFAULT-VALUE}).")
    int words = SummaryOptions.DEFAULT_WORDS;

    @Option(names = {"-f", "--focus"}, paramLabel = "QUERY",
            description = "Make the summary answer this query.")
    String focus;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, md, json or html (default: from the -o extension, else text).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--summary-only",
            description = "Only the summary and the sources: skip events, timeline, quotes, who is who, agreements "
                    + "and discrepancies (faster).")
    boolean summaryOnly;

    @Option(names = "--sections", paramLabel = "LIST", split = ",",
            description = "Which sections to add after the summary, comma-separated: events, timeline, quotes, "
                    + "entities, comparison (default: all).")
    List<String> sections;

    @Option(names = {"-q", "--quiet"}, description = "Do not list skipped inputs and notes on stderr.")
    boolean quiet;

    @Option(names = "--max-articles", paramLabel = "N",
            description = "Brief at most N articles, the most central to the story (default: ${DEFAULT-VALUE}).")
    int maxArticles = Limits.DEFAULT_MAX_ARTICLES_PER_BRIEF;

    @CommandLine.Mixin
    LimitOptions limitOptions = new LimitOptions();

    @CommandLine.Mixin
    DebugOption debugOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (words <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--words must be positive, got " + words);
        }
        if (maxArticles <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-articles must be positive, got " + maxArticles);
        }
        Limits limits = limitOptions.limits(spec.commandLine(), Limits.defaults()).toBuilder()
                .maxArticlesPerBrief(maxArticles).build();
        Set<Section> wanted = sections();
        BriefingRenderer renderer = renderer();
        PrintWriter err = spec.commandLine().getErr();
        ReadResult read = new ArticleLoader().limits(limits).progress(progressLine(err)).load(inputs);
        boolean onlyProblem = read.articles().isEmpty() && read.skipped().size() == 1; // said once, below
        if (!quiet && !onlyProblem) {
            for (Issue issue : read.skipped()) {
                err.println("dossier: skipped " + issue.origin() + ": " + issue.message());
            }
        }
        if (!quiet) {
            for (Issue note : read.notes()) {
                err.println("dossier: note: " + note.origin() + ": " + note.message());
            }
        }
        if (read.articles().isEmpty()) {
            throw new UserException(read.skipped().size() == 1
                    ? "no usable article: " + read.skipped().get(0).origin() + ": " + read.skipped().get(0).message()
                    : "no usable article in the input (" + read.skipped().size() + " inputs skipped)",
                    DossierCommand.EXIT_INPUT);
        }
        ArticleCap.Capped capped = ArticleCap.mostCentral(read.articles(), limits.maxArticlesPerBrief());
        if (capped.leftOut() > 0) {
            // Said even with -q: the briefing covers less than what was given, and the reader must know.
            err.println("dossier: note: " + read.articles().size() + " articles: briefing the "
                    + capped.kept().size() + " most central to the story, " + capped.leftOut()
                    + " left out (--max-articles)");
            read = new ReadResult(capped.kept(), read.skipped(), read.notes());
        }
        Briefing briefing = Dossier.builder().words(words).focus(focus).sections(wanted).build().brief(read);
        if (briefing.sources().isEmpty()) {
            throw new UserException("no usable article: nothing was left after removing page furniture",
                    DossierCommand.EXIT_INPUT);
        }
        write(briefing, renderer);
        return 0;
    }

    /** On a terminal, a self-updating "reading N/M files" line for inputs of more than a hundred files. */
    private ArticleLoader.Progress progressLine(PrintWriter err) {
        if (quiet || System.console() == null) {
            return (done, total) -> { };
        }
        return (done, total) -> {
            if (total > 100 && (done % 50 == 0 || done == total)) {
                err.print("\rdossier: reading " + done + "/" + total + " files" + (done == total ? "\n" : ""));
                err.flush();
            }
        };
    }

    /** The sections asked for: all by default, none with {@code --summary-only}, else those of {@code --sections}. */
    private Set<Section> sections() {
        if (summaryOnly && sections != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--summary-only and --sections cannot be used together");
        }
        if (summaryOnly) {
            return Set.of();
        }
        if (sections == null) {
            return Section.all();
        }
        Set<Section> out = EnumSet.noneOf(Section.class);
        for (String name : sections) {
            try {
                out.add(Section.parse(name));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        return out;
    }

    private BriefingRenderer renderer() {
        String name = format;
        if (name == null) {
            name = output == null ? "text"
                    : Renderers.formatForFileName(output.getFileName().toString()).orElse("text");
        }
        try {
            return Renderers.forFormat(name);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Writes to stdout, or to a temporary file moved into place so that a failed run never leaves half a file. */
    private void write(Briefing briefing, BriefingRenderer renderer) throws IOException {
        if (output == null) {
            Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            renderer.render(briefing, out);
            out.flush();
            return;
        }
        Path target = output.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UserException("cannot write " + output + ": no such folder " + dir, DossierCommand.EXIT_INPUT);
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, ".dossier-", ".tmp");
        } catch (IOException e) {
            throw new UserException("cannot write " + output + ": " + e.getMessage(), DossierCommand.EXIT_INPUT);
        }
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                renderer.render(briefing, w);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserException("cannot write " + output + ": " + e.getMessage(), DossierCommand.EXIT_INPUT);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
