package org.dossier.store.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dossier.model.Article;
import org.dossier.model.Issue;

/**
 * Runs one ingest source over fuzzer bytes saved to a temporary file, and checks the source's promise: it never
 * throws on bad content (only the sink's own failures may escape), and what it hands over is well-formed.
 * In this package because the sources are package-private.
 */
final class SourceFuzzing {
    private SourceFuzzing() {
    }

    static void run(byte[] data, String suffix, Function<Path, ArticleSource> source) {
        Path file = null;
        try {
            file = Files.createTempFile("dossier-fuzz-", suffix);
            Files.write(file, data);
            List<Article> articles = new ArrayList<>();
            List<Issue> issues = new ArrayList<>();
            source.apply(file).read(new ArticleSink() {
                @Override
                public void article(Article article) {
                    articles.add(article);
                }

                @Override
                public void skipped(Issue issue) {
                    issues.add(issue);
                }
            });
            for (Article a : articles) {
                check(a.id() != null && !a.text().isBlank(), "article without id or text");
            }
            for (Issue i : issues) {
                check(i.origin() != null && i.message() != null && !i.message().isBlank(), "issue without message");
            }
        } catch (IOException e) {
            // The sink above never fails, so an IOException is the source's own: a broken promise.
            throw new AssertionError("source threw " + e, e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A temporary file left behind is harmless; the finding, if any, matters more.
                }
            }
        }
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
