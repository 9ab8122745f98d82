package org.dossier.store.ingest;

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
import org.dossier.read.Limits;
import org.dossier.read.ReadResult;

/**
 * A JSON-lines file ({@code .jsonl}, {@code .ndjson}, optionally gzipped), streamed line by line: a file of a
 * million articles is read in the memory of one line. Each line is read by the same {@link JsonLinesReader} as
 * {@code dossier brief} uses, so field names mean the same (text/body/content, title/headline...).
 *
 * <p>Hostile input: a line longer than {@link Limits#maxLineChars()} is skipped without being held
 * ({@link BoundedLineReader}); a gzip stream that inflates past the {@link InflationGuard} limits stops the file
 * there, keeping the lines before it; bytes that are not UTF-8 become U+FFFD in the line they spoil.
 */
final class JsonLinesSource extends FileSource {
    private final JsonLinesReader reader;

    JsonLinesSource(Path file) {
        this(file, Limits.defaults());
    }

    JsonLinesSource(Path file, Limits limits) {
        super(file, limits);
        this.reader = new JsonLinesReader(limits);
    }

    @Override
    public void read(ArticleSink sink) throws IOException {
        CountingInputStream counted = new CountingInputStream(Files.newInputStream(file));
        BoundedLineReader lines;
        try {
            lines = new BoundedLineReader(new InputStreamReader(decompressed(counted), StandardCharsets.UTF_8),
                    limits.maxLineChars());
        } catch (IOException e) {
            counted.close();
            sink.skipped(new Issue(name(), size() == 0 ? "empty file" : "not readable: " + Problems.describe(e)));
            return;
        }
        int lineNumber = 0;
        boolean any = false;
        try (lines) {
            while (true) {
                BoundedLineReader.Line line;
                try {
                    line = lines.next();
                } catch (IOException e) {
                    // Read failures stop this file; the sink's own failures (below) must reach the caller.
                    sink.skipped(new Issue(name() + "#" + (lineNumber + 1), "stopped reading: " + Problems.describe(e)));
                    return;
                }
                if (line == null) {
                    break;
                }
                lineNumber++;
                if (line.tooLong()) {
                    any = true;
                    sink.skipped(new Issue(name() + "#" + lineNumber,
                            JsonLinesReader.lineTooLong(line.length(), limits.maxLineChars())));
                    continue;
                }
                if (line.text().isBlank()) {
                    continue;
                }
                any = true;
                ReadResult result = reader.readLine(name(), line.text(), lineNumber);
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

    private InputStream decompressed(CountingInputStream in) throws IOException {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
                ? new InflationGuard(new GZIPInputStream(in, 1 << 16), in, limits) : in;
    }
}
