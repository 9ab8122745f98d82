package org.dossier.store.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.dossier.clean.html.MainTextExtractor;
import org.dossier.read.Limits;
import org.dossier.model.Article;
import org.dossier.model.Issue;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A WARC file ({@code .warc} or {@code .warc.gz}, as Common Crawl's news archives are), read with jwarc one record
 * at a time.
 *
 * <p>A gzipped file is inflated through {@link InflationGuard}: a record that inflates past the limits stops the
 * file, the records before it kept.
 *
 * <p>Only {@code response} records of successful HTTP fetches whose content type is HTML become articles: their
 * page goes through {@link MainTextExtractor}. Requests, metadata, redirects, images and other records are not
 * articles and are passed over silently; an HTML page in which no article text is found is reported as skipped.
 * The article's URL is the record's target URI and its outlet, when the page names none, the URI's host. When the
 * page carries no date, the capture date stands in: news crawls fetch pages within hours of publication.
 */
final class WarcSource extends FileSource {
    private final MainTextExtractor extractor = new MainTextExtractor();

    WarcSource(Path file) {
        this(file, Limits.defaults());
    }

    WarcSource(Path file, Limits limits) {
        super(file, limits);
    }

    @Override
    public void read(ArticleSink sink) throws IOException {
        if (skippedWhenEmpty(sink)) {
            return;
        }
        WarcReader reader;
        CountingInputStream compressed = null;
        try {
            if (gzipped()) {
                // inflated here rather than by jwarc, so that a gzip bomb meets the same guard as gzipped JSON lines
                compressed = new CountingInputStream(Files.newInputStream(file));
                reader = new WarcReader(new InflationGuard(new GZIPInputStream(compressed, 1 << 16), compressed,
                        limits));
            } else {
                reader = new WarcReader(file);
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(compressed);
            sink.skipped(new Issue(name(), "not a WARC file: " + Problems.describe(e)));
            return;
        }
        try (reader) {
            int number = 0;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    sink.skipped(new Issue(name() + "#" + (number + 1), "stopped reading: " + Problems.describe(e)));
                    return;
                }
                if (next.isEmpty()) {
                    if (number == 0) {
                        sink.skipped(new Issue(name(), "no WARC records"));
                    }
                    return;
                }
                number++;
                if (next.get() instanceof WarcResponse response) {
                    String where = name() + "#" + number;
                    Article article;
                    try {
                        article = toArticle(response, where);
                    } catch (IOException | RuntimeException e) {
                        sink.skipped(new Issue(where, "bad response record: " + Problems.describe(e)));
                        continue;
                    }
                    if (article != null) {
                        sink.article(article);
                    }
                }
                sink.position(compressed != null ? compressed.count() : reader.position());
            }
        }
    }

    /** Whether the file opens with the gzip magic number (a {@code .warc.gz}, whatever its name). */
    private boolean gzipped() throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // already failing: the skip report says why
            }
        }
    }

    /** The article in a response record; null when the record is not an HTML page; a skipped issue when empty. */
    private Article toArticle(WarcResponse response, String where) throws IOException {
        return WarcPages.article(response, where, extractor, limits);
    }
}
