package org.dossier.store.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.dossier.model.Article;
import org.dossier.model.Issue;
import org.dossier.read.JsonLinesReader;
import org.dossier.read.ReadResult;

/**
 * A JSON-lines file ({@code .jsonl}, {@code .ndjson}, optionally gzipped), streamed line by line: a file of a
 * million articles is read in the memory of one line. Each line is read by the same {@link JsonLinesReader} as
 * {@code dossier brief} uses, so field names mean the same (text/body/content, title/headline...).
 */
final class JsonLinesSource extends FileSource {
    /** A line longer than this is skipped rather than held in memory. */
    private static final int MAX_LINE_CHARS = 16 * 1024 * 1024;
    private final JsonLinesReader reader = new JsonLinesReader();

    JsonLinesSource(Path file) {
        super(file);
    }

    @Override
    public void read(ArticleSink sink) throws IOException {
        CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
        BufferedReader lines;
        try {
            lines = new BufferedReader(new InputStreamReader(decompressed(counted), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            counted.close();
            sink.skipped(new Issue(name(), size() == 0 ? "empty file" : "not readable: " + Problems.describe(e)));
            return;
        }
        int lineNumber = 0;
        boolean any = false;
        try (lines) {
            while (true) {
                String line;
                try {
                    line = lines.readLine();
                } catch (IOException e) {
                    // Read failures stop this file; the sink's own failures (below) must reach the caller.
                    sink.skipped(new Issue(name() + "#" + (lineNumber + 1), "stopped reading: " + Problems.describe(e)));
                    return;
                }
                if (line == null) {
                    break;
                }
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                any = true;
                if (line.length() > MAX_LINE_CHARS) {
                    sink.skipped(new Issue(name() + "#" + lineNumber, "line too long (over 16 M characters)"));
                    continue;
                }
                ReadResult result = reader.readLine(name(), line, lineNumber);
                for (Issue issue : result.skipped()) {
                    sink.skipped(issue);
                }
                for (Article article : result.articles()) {
                    sink.article(article);
                }
                sink.position(counted.count());
            }
        }
        if (!any) {
            sink.skipped(new Issue(name(), "empty file"));
        }
    }

    private InputStream decompressed(InputStream in) throws IOException {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(in, 1 << 16) : in;
    }
}
