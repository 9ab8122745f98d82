package org.dossier.store.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.model.Article;
import org.dossier.model.Issue;
import org.dossier.read.ArticleLoader;
import org.dossier.read.Input;
import org.dossier.read.ReadResult;

/**
 * A small file in one of the formats {@link ArticleLoader} reads ({@code .txt}, {@code .html}, {@code .json}):
 * read whole, as {@code dossier brief} reads it, so both commands understand a file the same way.
 */
final class LoaderSource extends FileSource {
    private final ArticleLoader loader;

    LoaderSource(Path file, ArticleLoader loader) {
        super(file, loader.limits());
        this.loader = loader;
    }

    @Override
    public void read(ArticleSink sink) throws IOException {
        long size = size();
        if (size > limits.maxFileBytes()) {
            sink.skipped(new Issue(name(), limits.tooLarge(size))); // judged by its size: never read
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            sink.skipped(new Issue(name(), "could not read: " + Problems.describe(e)));
            return;
        }
        ReadResult result = loader.read(new Input(name(), bytes));
        for (Issue issue : result.skipped()) {
            sink.skipped(issue);
        }
        for (Issue note : result.notes()) {
            sink.noted(note);
        }
        for (Article article : result.articles()) {
            sink.article(article);
        }
        sink.position(size);
    }
}
