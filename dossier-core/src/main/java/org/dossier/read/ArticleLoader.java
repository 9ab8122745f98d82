package org.dossier.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.model.Article;
import org.dossier.model.Issue;

/**
 * Turns what a user names on the command line into articles: files, folders (recursively), glob patterns and
 * {@code -} for standard input.
 *
 * <p>The format follows the extension ({@code .txt}, {@code .html}/{@code .htm}, {@code .jsonl}/{@code .json});
 * standard input and files without an extension are recognised by their first character. Every input that cannot
 * be used is reported in {@link ReadResult#skipped()} with a one-line reason, and the others are still read.
 *
 * <pre>{@code
 * ReadResult r = new ArticleLoader().load(List.of("news/", "extra.jsonl"));
 * }</pre>
 */
public final class ArticleLoader {
    /** Extensions read, for messages. */
    public static final String SUPPORTED = ".txt, .html, .htm, .jsonl, .json";

    private final ArticleReader text = new PlainTextReader();
    private ArticleReader html = new HtmlReader();
    private ArticleReader json = new JsonLinesReader();
    private InputStream stdin = System.in;
    private Limits limits = Limits.defaults();
    private ArticleChecks checks = new ArticleChecks(limits);
    private Progress progress = (done, total) -> { };
    private static final Object STDIN = new Object();

    /** Reads {@code -} from this stream instead of {@link System#in}. */
    public ArticleLoader stdin(InputStream in) {
        this.stdin = in;
        return this;
    }

    /** Inputs larger than this are skipped as too large (default {@link Limits#DEFAULT_MAX_FILE_BYTES}). */
    public ArticleLoader maxBytes(long limit) {
        return limits(limits.toBuilder().maxFileBytes(limit).build());
    }

    /** Reads within these limits (default {@link Limits#defaults()}): file size, HTML depth, line and text length. */
    public ArticleLoader limits(Limits newLimits) {
        this.limits = newLimits;
        this.html = new HtmlReader(newLimits);
        this.json = new JsonLinesReader(newLimits);
        this.checks = new ArticleChecks(newLimits);
        return this;
    }

    /** The limits this loader reads within. */
    public Limits limits() {
        return limits;
    }

    /** Calls {@code listener} after each file with (files done, files in all): for progress displays. */
    public ArticleLoader progress(Progress listener) {
        this.progress = listener;
        return this;
    }

    /** Receives reading progress; see {@link #progress(Progress)}. */
    @FunctionalInterface
    public interface Progress {
        void filesRead(int done, int total);
    }

    /** Reads every article named by {@code arguments}, in the order given (folders in name order). */
    public ReadResult load(List<String> arguments) {
        List<Article> articles = new ArrayList<>();
        List<Issue> skipped = new ArrayList<>();
        List<Issue> notes = new ArrayList<>();
        UniqueIds ids = new UniqueIds();
        List<Object> work = new ArrayList<>(); // a Path to read, STDIN, or an Issue to report, in argument order
        Set<Path> seen = new LinkedHashSet<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                work.add(STDIN);
                continue;
            }
            List<Path> files = new ArrayList<>();
            work.addAll(expand(argument, files).skipped());
            for (Path file : files) {
                if (seen.add(file.toAbsolutePath().normalize())) {
                    work.add(file);
                }
            }
        }
        int total = (int) work.stream().filter(w -> !(w instanceof Issue)).count();
        int done = 0;
        for (Object item : work) {
            if (item instanceof Issue issue) {
                skipped.add(issue);
                continue;
            }
            ReadResult r = item == STDIN ? readStdin() : readFile((Path) item);
            for (Article article : r.articles()) {
                articles.add(ids.unique(article, notes));
            }
            skipped.addAll(r.skipped());
            notes.addAll(r.notes());
            progress.filesRead(++done, total);
        }
        return new ReadResult(articles, skipped, notes);
    }

    /** Reads one input, choosing the reader by extension or, without one, by content. */
    public ReadResult read(Input input) {
        ArticleReader reader = readerFor(input);
        if (reader == null) {
            return ReadResult.skipped(input.name(), "unsupported file type '." + input.extension()
                    + "' (Dossier reads " + SUPPORTED + ")");
        }
        try {
            return checked(reader.read(input));
        } catch (InputException e) {
            return ReadResult.skipped(input.name(), e.getMessage());
        } catch (RuntimeException e) {
            // A reader bug must cost one input, not the run: report it like any other unusable input.
            return ReadResult.skipped(input.name(), "could not be read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    /** The reader's result after {@link ArticleChecks}: long texts cut, future dates dropped, other languages out. */
    private ReadResult checked(ReadResult read) {
        List<Article> kept = new ArrayList<>(read.articles().size());
        List<Issue> skipped = new ArrayList<>(read.skipped());
        List<Issue> notes = new ArrayList<>(read.notes());
        for (Article article : read.articles()) {
            ArticleChecks.Outcome outcome = checks.check(article);
            if (outcome.article() != null) {
                kept.add(outcome.article());
            } else {
                skipped.add(outcome.skipped());
            }
            notes.addAll(outcome.notes());
        }
        return new ReadResult(kept, skipped, notes);
    }

    private ArticleReader readerFor(Input input) {
        switch (input.extension()) {
            case "txt": case "text":
                return text;
            case "html": case "htm": case "xhtml":
                return html;
            case "jsonl": case "json": case "ndjson":
                return json;
            case "":
                return sniff(input.bytes());
            default:
                return null;
        }
    }

    /** Chooses a reader from the first non-blank character: {@code <} HTML, {@code {} or {@code [} JSON, else text. */
    private ArticleReader sniff(byte[] bytes) {
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            if (Character.isWhitespace(c) || c == 0xEF || c == 0xBB || c == 0xBF) {
                continue;
            }
            return c == '<' ? html : (c == '{' || c == '[') ? json : text;
        }
        return text;
    }

    private ReadResult readStdin() {
        try {
            // Read one byte past the limit: enough to know the input is too large without holding all of it.
            byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                return ReadResult.skipped("-", "too large (over " + Limits.formatSize(limits.maxFileBytes())
                        + "; --max-file-size)");
            }
            return read(new Input("-", bytes));
        } catch (IOException e) {
            return ReadResult.skipped("-", "could not read standard input: " + e.getMessage());
        }
    }

    private ReadResult readFile(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return ReadResult.skipped(name, limits.tooLarge(size)); // judged by its size: never read
            }
            return read(new Input(name, Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            return ReadResult.skipped(name, "no such file");
        } catch (IOException e) {
            return ReadResult.skipped(name, "could not read: " + e.getMessage());
        }
    }

    /** Adds the files {@code argument} names to {@code files}; returns problems with the argument itself. */
    private ReadResult expand(String argument, List<Path> files) {
        if (isGlob(argument)) {
            return expandGlob(argument, files);
        }
        Path path;
        try {
            path = Path.of(argument);
        } catch (InvalidPathException e) {
            return ReadResult.skipped(argument, "not a valid path");
        }
        if (Files.isDirectory(path)) {
            return walk(path, files);
        }
        if (!Files.exists(path)) {
            return ReadResult.skipped(argument, "no such file or folder");
        }
        if (!Files.isReadable(path)) {
            return ReadResult.skipped(argument, "not readable (permission denied)");
        }
        files.add(path);
        return new ReadResult(List.of(), List.of());
    }

    private ReadResult walk(Path folder, List<Path> files) {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(folder.relativize(p)))
                    .sorted()
                    .forEach(found::add);
        } catch (IOException | UncheckedIOException e) {
            return ReadResult.skipped(folder.toString(), "could not list the folder: " + e.getMessage());
        }
        if (found.isEmpty()) {
            return ReadResult.skipped(folder.toString(), "folder holds no files");
        }
        files.addAll(found);
        return new ReadResult(List.of(), List.of());
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGlob(String argument) {
        return argument.indexOf('*') >= 0 || argument.indexOf('?') >= 0 || argument.indexOf('[') >= 0
                || argument.indexOf('{') >= 0;
    }

    /** Expands a pattern the shell did not expand (it was quoted), relative to its fixed leading folders. */
    private ReadResult expandGlob(String pattern, List<Path> files) {
        String normalised = pattern.replace('\\', '/');
        int firstMeta = indexOfMeta(normalised);
        int slash = normalised.lastIndexOf('/', firstMeta);
        Path base = slash < 0 ? Path.of(".") : Path.of(normalised.substring(0, Math.max(slash, 1)));
        String rest = normalised.substring(slash + 1);
        if (!Files.isDirectory(base)) {
            return ReadResult.skipped(pattern, "no such folder " + base);
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> s = Files.walk(base)) {
            s.filter(Files::isRegularFile)
                    .filter(p -> matcher.matches(base.relativize(p)))
                    .sorted()
                    .forEach(found::add);
        } catch (IOException | UncheckedIOException e) {
            return ReadResult.skipped(pattern, "could not list files: " + e.getMessage());
        }
        if (found.isEmpty()) {
            return ReadResult.skipped(pattern, "no file matches");
        }
        files.addAll(found);
        return new ReadResult(List.of(), List.of());
    }

    private static int indexOfMeta(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
