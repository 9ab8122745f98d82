package org.dossier.store.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.dossier.model.Issue;
import org.dossier.read.ArticleLoader;
import org.dossier.read.Limits;

/**
 * Turns the paths given to {@code dossier ingest} into sources, choosing the reader from the file name.
 *
 * <table>
 *   <caption>Formats</caption>
 *   <tr><td>{@code .warc}, {@code .warc.gz}</td><td>{@link WarcSource} (jwarc)</td></tr>
 *   <tr><td>{@code .rss}, {@code .atom}, and {@code .xml} whose root is a feed</td><td>{@link FeedSource}</td></tr>
 *   <tr><td>{@code .jsonl}, {@code .ndjson}, {@code .jsonl.gz}</td><td>{@link JsonLinesSource}, streamed</td></tr>
 *   <tr><td>{@code .txt}, {@code .html}, {@code .htm}, {@code .json}, no extension</td>
 *       <td>{@link ArticleLoader}, as {@code dossier brief} reads them</td></tr>
 * </table>
 *
 * <p>Folders are walked recursively in name order, skipping hidden files; other extensions found in a folder are
 * reported as skipped, so a folder of mixed downloads can be ingested as it is.
 */
public final class Sources {
    /** Formats read, for messages. */
    public static final String SUPPORTED = ".warc, .warc.gz, .rss, .atom, .xml (feeds), .jsonl, .ndjson, "
            + ".jsonl.gz, .json, .txt, .html, .htm";

    private Sources() {
    }

    /** What the arguments name: sources in order, and the arguments or files that cannot be read. */
    public record Expansion(List<ArticleSource> sources, List<Issue> skipped) {
        public Expansion {
            sources = List.copyOf(sources);
            skipped = List.copyOf(skipped);
        }

        /** Total size of the sources in bytes, for progress. */
        public long totalBytes() {
            return sources.stream().mapToLong(ArticleSource::size).sum();
        }
    }

    /** The sources named by file and folder paths, read within the {@link Limits#defaults() default limits}. */
    public static Expansion of(List<String> paths) {
        return of(paths, Limits.defaults());
    }

    /** The sources named by file and folder paths, read within {@code limits}. */
    public static Expansion of(List<String> paths, Limits limits) {
        List<ArticleSource> sources = new ArrayList<>();
        List<Issue> skipped = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        ArticleLoader loader = new ArticleLoader().limits(limits);
        for (String argument : paths) {
            Path path;
            try {
                path = Path.of(argument);
            } catch (InvalidPathException e) {
                skipped.add(new Issue(argument, "not a valid path"));
                continue;
            }
            if (!Files.exists(path)) {
                skipped.add(new Issue(argument, "no such file or folder"));
                continue;
            }
            for (Path file : files(path, skipped)) {
                if (!seen.add(file.toAbsolutePath().normalize())) {
                    continue;
                }
                ArticleSource source = forFile(file, loader, limits);
                if (source == null) {
                    skipped.add(new Issue(file.toString(), "unsupported file type (ingest reads " + SUPPORTED + ")"));
                } else {
                    sources.add(source);
                }
            }
        }
        return new Expansion(sources, skipped);
    }

    /** The source for one file by its name, or null when the format is not one ingest reads. */
    static ArticleSource forFile(Path file, ArticleLoader loader, Limits limits) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return new WarcSource(file, limits);
        }
        if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml") && looksLikeFeed(file)) {
            return new FeedSource(file, limits);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.gz")
                || name.endsWith(".ndjson.gz")) {
            return new JsonLinesSource(file, limits);
        }
        String extension = name.lastIndexOf('.') <= 0 ? "" : name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "", "txt", "text", "html", "htm", "xhtml", "json" -> new LoaderSource(file, loader);
            default -> null;
        };
    }

    private static boolean looksLikeFeed(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(2048), StandardCharsets.UTF_8);
            return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> files(Path path, List<Issue> skipped) {
        if (!Files.isDirectory(path)) {
            if (!Files.isReadable(path)) {
                skipped.add(new Issue(path.toString(), "not readable (permission denied)"));
                return List.of();
            }
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> found = walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(path.relativize(p)))
                    .sorted()
                    .toList();
            if (found.isEmpty()) {
                skipped.add(new Issue(path.toString(), "folder holds no files"));
            }
            return found;
        } catch (IOException | UncheckedIOException e) {
            skipped.add(new Issue(path.toString(), "could not list the folder: " + e.getMessage()));
            return List.of();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
