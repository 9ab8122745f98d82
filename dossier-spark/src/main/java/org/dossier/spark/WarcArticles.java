package org.dossier.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dossier.clean.html.MainTextExtractor;
import org.dossier.model.Article;
import org.dossier.read.Limits;
import org.dossier.store.ingest.WarcPages;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * The articles of one WARC stream (plain or gzipped), read with jwarc from whatever Hadoop file system holds it.
 *
 * <p>The rules are the store's WARC ingest ({@code docs/store.md}): only {@code response} records of successful
 * HTML fetches are pages; their main text is extracted with {@link MainTextExtractor}; the outlet falls back to the
 * URL's host and the date to the capture date. Other records (requests, metadata, images) are passed over; a page
 * without article text, or a record that cannot be parsed, becomes a reported problem.
 */
final class WarcArticles {
    private final MainTextExtractor extractor = new MainTextExtractor();

    /** Reads every record of {@code in}; {@code name} is the file, used in origins and problem reports. */
    List<ReadItem> read(InputStream in, String name) {
        List<ReadItem> out = new ArrayList<>();
        WarcReader reader;
        try {
            reader = new WarcReader(in);
        } catch (IOException | RuntimeException e) {
            out.add(ReadItem.skipped(name, "not a WARC file: " + describe(e)));
            return out;
        }
        try (reader) {
            int number = 0;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    out.add(ReadItem.skipped(name + "#" + (number + 1), "stopped reading: " + describe(e)));
                    break;
                }
                if (next.isEmpty()) {
                    break;
                }
                number++;
                if (next.get() instanceof WarcResponse response) {
                    String where = name + "#" + number;
                    try {
                        ArticleRow article = toArticle(response, where);
                        if (article != null) {
                            out.add(ReadItem.of(article));
                        }
                    } catch (IOException | RuntimeException e) {
                        out.add(ReadItem.skipped(where, "bad response record: " + describe(e)));
                    }
                }
            }
            if (number == 0 && out.isEmpty()) {
                out.add(ReadItem.skipped(name, "no WARC records"));
            }
        } catch (IOException e) {
            out.add(ReadItem.skipped(name, "could not close: " + describe(e)));
        }
        return out;
    }

    private ArticleRow toArticle(WarcResponse response, String where) throws IOException {
        Article article = WarcPages.article(response, where, extractor, Limits.defaults());
        return article == null ? null : ArticleRow.of(article);
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
