package org.dossier.clean.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Finds the main article text and metadata in an HTML page.
 *
 * <p>PLACEHOLDER: takes the body text; to be replaced by the real extractor.
 */
public final class MainTextExtractor {

    /** Extracts the article from raw page bytes, detecting their charset. */
    public ExtractedPage extract(byte[] bytes, String baseUri) {
        return extract(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), baseUri);
    }

    /** Extracts the article from {@code html}; {@code baseUri} resolves relative links and may be empty. */
    public ExtractedPage extract(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        return new ExtractedPage(doc.title(), doc.body() == null ? "" : doc.body().text(), null, null, null, null);
    }
}
