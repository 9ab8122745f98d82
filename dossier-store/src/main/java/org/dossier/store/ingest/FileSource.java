package org.dossier.store.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.model.Issue;
import org.dossier.read.Limits;

/**
 * An input that is one file: its name is the path, its size (for the progress line's ETA) the file's length, read
 * within the hostile-input {@link Limits}.
 */
abstract class FileSource implements ArticleSource {
    protected final Path file;
    protected final Limits limits;

    FileSource(Path file, Limits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** Reports an empty file as skipped; true when it was empty (the caller then reads nothing). */
    protected boolean skippedWhenEmpty(ArticleSink sink) {
        if (size() != 0) {
            return false;
        }
        sink.skipped(new Issue(name(), "empty file"));
        return true;
    }

    @Override
    public String name() {
        return file.toString();
    }

    /** The file's length in bytes, or 0 when it cannot be read (the read itself then reports the problem). */
    @Override
    public long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
