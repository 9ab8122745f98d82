package org.dossier.read;

import java.util.Objects;

/**
 * One input as read from disk or stdin: its name (used in messages and as the article id) and its bytes.
 *
 * @param name  the path as the user gave it or as found in a folder, or {@code "-"} for standard input
 * @param bytes the raw content; decoding is the reader's job
 */
public record Input(String name, byte[] bytes) {
    public Input {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The file name without folders, e.g. {@code "gazette.txt"} for {@code "news/gazette.txt"}. */
    public String fileName() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    /** The lower-cased extension without the dot, or {@code ""}. */
    public String extension() {
        String f = fileName();
        int dot = f.lastIndexOf('.');
        return dot <= 0 ? "" : f.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
