package org.dossier.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dossier.model.Article;
import org.dossier.read.ArticleLoader;

/**
 * The five seed pages of the shared data, read exactly as the command line reads them: through
 * {@link ArticleLoader}, which takes the first line of each {@code .txt} file as the title and the rest as the
 * raw page text. Evaluation code reads seeds only through here, so a change in the reader shows in every gate.
 */
public final class SeedArticles {
    /** The seeds folder, relative to the shared data root. */
    public static final String FOLDER = "seeds";

    private SeedArticles() {
    }

    /** The articles in {@code folder}, in the loader's order (file names sorted). */
    public static List<Article> read(Path folder) {
        return new ArticleLoader().load(List.of(folder.toString())).articles();
    }

    /** The seed articles of the shared data; empty when the data is absent. */
    public static Optional<List<Article>> fromSharedData() {
        return SharedData.resolve(FOLDER).map(SeedArticles::read);
    }
}
