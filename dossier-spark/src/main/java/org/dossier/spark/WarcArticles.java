package org.dossier.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dossier.clean.html.ExtractedPage;
import org.dossier.clean.html.MainTextExtractor;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
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
    /** Pages larger than this are not news articles (the store's limit too). */
    static final int MAX_PAGE_BYTES = 8 * 1024 * 1024;

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
        HttpResponse http = response.http();
        if (http.status() != 200 || !isHtml(http.contentType())) {
            return null;
        }
        byte[] page;
        try (InputStream body = http.bodyDecoded().stream()) {
            page = body.readNBytes(MAX_PAGE_BYTES + 1);
        }
        if (page.length > MAX_PAGE_BYTES) {
            throw new IOException("page larger than 8 MB");
        }
        String target = response.target();
        ExtractedPage extracted = extractor.extract(page, target);
        if (extracted.text() == null || extracted.text().isBlank()) {
            throw new IOException("no article text found in the HTML page " + target);
        }
        LocalDate published = extracted.published() != null ? extracted.published()
                : LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
        String outlet = blankToNull(extracted.outlet());
        return new ArticleRow(target, blankToNull(extracted.title()), extracted.text(),
                outlet != null ? outlet.strip() : host(target), blankToNull(extracted.byline()), published, target,
                where);
    }

    private static boolean isHtml(MediaType type) {
        if (type == null) {
            return false;
        }
        String subtype = type.subtype().toLowerCase(Locale.ROOT);
        return type.type().equalsIgnoreCase("text") && subtype.equals("html") || subtype.equals("xhtml+xml");
    }

    private static String host(String target) {
        try {
            String host = URI.create(target).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
