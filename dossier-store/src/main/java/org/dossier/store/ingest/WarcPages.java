package org.dossier.store.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.dossier.clean.html.ExtractedPage;
import org.dossier.clean.html.HtmlDepth;
import org.dossier.clean.html.MainTextExtractor;
import org.dossier.model.Article;
import org.dossier.read.HtmlReader;
import org.dossier.read.Limits;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Turns one WARC response record into an article: the page's main text, title, byline, date (the page's own, else
 * the crawl date) and outlet (the page's own, else the host). Shared by the store's {@link WarcSource} and the Spark
 * job, so that both read a crawl the same way.
 */
public final class WarcPages {
    /** Pages larger than this are skipped: no news article needs 8 MB of HTML. */
    static final int MAX_PAGE_BYTES = 8 * 1024 * 1024;

    private WarcPages() {
    }

    /**
     * The article in a WARC response record, or {@code null} when the record is not an HTML page answered with 200.
     *
     * @param where     where the record was read ("file.warc.gz#1234"), kept as the article's origin
     * @param extractor the main-text extractor to use (one per thread: it is not shared safely)
     * @param limits    the page-depth limit applies before parsing
     * @throws IOException when the page is too large, too deep or has no article text (the caller skips it)
     */
    public static Article article(WarcResponse response, String where, MainTextExtractor extractor, Limits limits)
            throws IOException {
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
        if (HtmlDepth.estimate(HtmlDepth.asAscii(page), limits.maxHtmlDepth()) > limits.maxHtmlDepth()) {
            throw new IOException(HtmlReader.tooDeep(limits.maxHtmlDepth()));
        }
        String target = response.target();
        ExtractedPage extracted = extractor.extract(page, target);
        if (extracted.text() == null || extracted.text().isBlank()) {
            throw new IOException("no article text found in the HTML page " + target);
        }
        LocalDate published = extracted.published() != null ? extracted.published()
                : LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
        return Article.builder(target, extracted.text())
                .title(blankToNull(extracted.title()))
                .byline(blankToNull(extracted.byline()))
                .published(published)
                .outlet(blankToNull(extracted.outlet()) != null ? extracted.outlet().strip() : host(target))
                .url(target)
                .origin(where)
                .build();
    }

    private static boolean isHtml(MediaType type) {
        if (type == null) {
            return false;
        }
        String subtype = type.subtype().toLowerCase(Locale.ROOT);
        return type.type().equalsIgnoreCase("text") && subtype.equals("html")
                || subtype.equals("xhtml+xml");
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
}
