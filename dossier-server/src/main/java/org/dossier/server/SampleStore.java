package org.dossier.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dossier.store.ArticleStore;
import org.dossier.store.StoryTracker;
import org.dossier.store.ingest.IngestReport;
import org.dossier.store.ingest.Ingester;
import org.dossier.store.ingest.Sources;

/**
 * Builds a store from files, stories included, as {@code dossier ingest} does: what the browser test, the
 * screenshot command and the load benchmark serve (the repository's {@code examples/} plus whatever they add).
 */
public final class SampleStore {
    private SampleStore() {
    }

    /**
     * Ingests {@code inputs} (files or folders) into the store in {@code dir}, creating it when needed.
     *
     * @return what was ingested
     * @throws IOException when nothing could be read or the store cannot be written
     */
    public static IngestReport build(Path dir, List<String> inputs) throws IOException {
        Files.createDirectories(dir);
        Sources.Expansion expansion = Sources.of(inputs);
        if (expansion.sources().isEmpty()) {
            throw new IOException("nothing to ingest in " + inputs);
        }
        try (ArticleStore store = ArticleStore.open(dir)) {
            StoryTracker.attach(store);
            return new Ingester(store).threads(1).ingest(expansion.sources(), expansion.skipped(),
                    expansion.totalBytes());
        }
    }

    /**
     * The repository folder holding {@code examples/}, looked for from the working directory upwards (tests run
     * in a module folder, scripts in the repository root); null when not found.
     */
    public static Path examplesRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/harbour-talks"))) {
                return p;
            }
        }
        return null;
    }
}
