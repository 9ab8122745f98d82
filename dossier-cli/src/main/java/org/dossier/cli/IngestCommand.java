package org.dossier.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.store.LockObtainFailedException;
import org.dossier.model.Issue;
import org.dossier.read.Limits;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoryTracker;
import org.dossier.store.ingest.IngestListener;
import org.dossier.store.ingest.IngestReport;
import org.dossier.store.ingest.Ingester;
import org.dossier.store.ingest.Sources;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dossier ingest}: reads files, folders, feeds and web archives into the article store. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {"Stores articles for later search: cleaned, each article once (by URL, else by text),",
            "near-duplicates (syndicated copies, updated versions) linked to their original,",
            "each new article placed in a story (one event and its coverage; see 'dossier stories').", "",
            "Reads " + Sources.SUPPORTED + "; folders recursively.",
            "Safe to interrupt: articles are committed in batches, and a killed run leaves every committed",
            "article in place; running the same input again stores only what is missing."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:input read (some parts may have been skipped)", "1:nothing usable, or the store failed",
            "2:usage error"})
final class IngestCommand implements Callable<Integer> {
    /** Skipped inputs listed one per line before the rest are only counted. */
    private static final int LISTED_ISSUES = 20;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files and folders to ingest.")
    List<String> paths;

    @Option(names = "--store", paramLabel = "DIR", description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path store = ArticleStore.DEFAULT_DIR;

    @Option(names = "--progress", description = "Show the progress line even when stderr is not a terminal.")
    boolean progress;

    @Option(names = {"-q", "--quiet"}, description = "Print only the final summary.")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N", description = "Cleaning threads (default: one per core).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Option(names = "--no-stories", description = {"Do not assign stories now (faster); the next ingest with stories",
        "catches up on the articles stored meanwhile."})
    boolean noStories;

    @Option(names = "--max-article-seconds", paramLabel = "N",
            description = "Skip an article whose cleaning takes longer, with a report (default: 60).")
    int maxArticleSeconds = Limits.DEFAULT_MAX_ARTICLE_SECONDS;

    @CommandLine.Mixin
    LimitOptions limitOptions = new LimitOptions();

    @CommandLine.Mixin
    DebugOption debugOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        if (maxArticleSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-article-seconds must be at least 1, got " + maxArticleSeconds);
        }
        Limits limits = limitOptions.limits(spec.commandLine(), Limits.defaults()).toBuilder()
                .maxArticleSeconds(maxArticleSeconds).build();
        Sources.Expansion inputs = Sources.of(paths, limits);
        if (inputs.sources().isEmpty()) {
            Issue first = inputs.skipped().isEmpty() ? null : inputs.skipped().get(0);
            throw new UserException(inputs.skipped().size() == 1 && first != null
                    ? "nothing to ingest: " + first.origin() + ": " + first.message()
                    : "nothing to ingest (" + inputs.skipped().size() + " paths skipped)", DossierCommand.EXIT_INPUT);
        }
        ProgressLine line = !quiet && (progress || System.console() != null) ? new ProgressLine(err) : null;
        IngestReport report;
        StoryTracker stories = null;
        try (ArticleStore articles = open(store)) {
            if (!noStories) {
                stories = StoryTracker.attach(articles);
                StoryTracker.Recovery recovery = stories.recovery();
                if (!quiet && recovery.replayed() > 0) {
                    err.println("dossier: stories: placed " + recovery.replayed() + " stored articles the story "
                            + "snapshot did not cover" + (recovery.reason() != null ? " (" + recovery.reason() + ")" : ""));
                }
            }
            report = new Ingester(articles).threads(threads).limits(limits).listener(listener(err, line))
                    .ingest(inputs.sources(), inputs.skipped(), inputs.totalBytes());
        } finally {
            if (line != null) {
                line.finish();
            }
        }
        if (!quiet && report.skipped() > LISTED_ISSUES) {
            err.println("dossier: ... and " + (report.skipped() - LISTED_ISSUES) + " more skipped");
        }
        err.println("dossier: " + report.summary());
        if (stories != null) {
            stories.flush(); // the snapshot of the last commit, so that a failure to save it is reported here
            err.println("dossier: " + stories.storyCount() + (stories.storyCount() == 1 ? " story" : " stories")
                    + " in the store (list them with 'dossier stories')");
            if (stories.snapshotFailure() != null) {
                err.println("dossier: warning: could not save the story snapshot (" + stories.snapshotFailure()
                        .getMessage() + "); the next ingest will rebuild what it lacks");
            }
        }
        if (report.read() == 0) {
            throw new UserException("no usable article in the input", DossierCommand.EXIT_INPUT);
        }
        return 0;
    }

    private IngestListener listener(PrintWriter err, ProgressLine line) {
        return new IngestListener() {
            private int listed;
            private int notes;

            @Override
            public void noted(Issue note) {
                if (!quiet && notes++ < LISTED_ISSUES) {
                    if (line != null) {
                        line.finish();
                    }
                    err.println("dossier: note: " + note.origin() + ": " + note.message());
                }
            }

            @Override
            public void skipped(Issue issue) {
                if (!quiet && listed++ < LISTED_ISSUES) {
                    if (line != null) {
                        line.finish();
                    }
                    err.println("dossier: skipped " + issue.origin() + ": " + issue.message());
                }
            }

            @Override
            public void progress(long articlesRead, long bytesDone, long totalBytes) {
                if (line != null) {
                    line.update(articlesRead, bytesDone, totalBytes);
                }
            }
        };
    }

    /** Opens the store, turning the usual failures into one-line messages. */
    static ArticleStore open(Path dir) {
        try {
            return ArticleStore.open(dir);
        } catch (LockObtainFailedException e) {
            throw new UserException("the store " + dir + " is in use by another dossier process",
                    DossierCommand.EXIT_INPUT);
        } catch (IOException e) {
            throw new UserException("cannot open the store " + dir + ": " + e.getMessage(), DossierCommand.EXIT_INPUT);
        }
    }
}
