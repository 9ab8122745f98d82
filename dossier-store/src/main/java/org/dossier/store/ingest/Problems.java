package org.dossier.store.ingest;

import java.io.EOFException;
import java.util.zip.ZipException;

/** One-line descriptions of read failures, the same for every source. */
final class Problems {
    private Problems() {
    }

    /** What went wrong, in words a user can act on: "truncated (the file ends in the middle of a record)". */
    static String describe(Exception e) {
        if (e instanceof EOFException) {
            return "truncated (the file ends in the middle of a record)";
        }
        if (e instanceof ZipException) {
            return "corrupt gzip data (" + e.getMessage() + ")";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.replaceAll("\\s+", " ").strip();
    }
}
