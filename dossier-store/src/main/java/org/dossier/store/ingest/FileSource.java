package org.dossier.store.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An input that is one file: its name is the path, its size (for the progress line's ETA) the file's length.
 */
abstract class FileSource implements ArticleSource {
    protected final Path file;

    FileSource(Path file) {
        this.file = file;
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
