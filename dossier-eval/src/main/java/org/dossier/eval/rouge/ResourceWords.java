package org.dossier.eval.rouge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the word-list resources that ship with this package (one entry a line). */
final class ResourceWords {
    private ResourceWords() {
    }

    /** The non-blank lines of a resource next to this class, trimmed, in file order. */
    static List<String> lines(String resourceName) {
        InputStream in = ResourceWords.class.getResourceAsStream(resourceName);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resourceName + " beside " + ResourceWords.class);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.trim();
                if (!trimmed.isEmpty()) {
                    lines.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resourceName, e);
        }
        return lines;
    }
}
