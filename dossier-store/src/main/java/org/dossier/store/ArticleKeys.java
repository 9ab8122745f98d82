package org.dossier.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The stable key that makes ingest idempotent: the same article ingested twice has the same key and is stored once.
 *
 * <p>When an article has a URL the key is the normalised URL, so re-crawling a page (another WARC, a feed read a day
 * later) finds the stored copy even if the page furniture changed. Without a URL the key is the hash of the
 * cleaned text. Normalising a URL removes what does not change the page: the scheme (http and https),
 * {@code www.}, default ports, the fragment, a trailing slash, and tracking parameters ({@code utm_*},
 * {@code fbclid}, {@code gclid}...); the remaining query parameters are kept in their order.
 */
public final class ArticleKeys {
    private static final List<String> TRACKING_PREFIXES = List.of("utm_", "fbclid", "gclid", "mc_cid", "mc_eid",
            "ocid", "cmpid", "smid", "ref_src", "_ga");

    private ArticleKeys() {
    }

    /** The key of an article: {@code "url:" + normalised URL} when it has a usable URL, else {@code "text:" + hash}. */
    public static String key(String url, String contentHash) {
        String normal = normaliseUrl(url);
        return normal != null ? "url:" + normal : "text:" + contentHash;
    }

    /** The store id derived from a key: 16 hex digits, stable across runs and machines. */
    public static String idFor(String key) {
        return Hashing.sha256(key).substring(0, 16);
    }

    /** SHA-256 of the text with runs of white space made one space: the same words in the same order hash alike. */
    public static String contentHash(String text) {
        StringBuilder collapsed = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = collapsed.length() > 0;
            } else {
                if (space) {
                    collapsed.append(' ');
                    space = false;
                }
                collapsed.append(c);
            }
        }
        return Hashing.sha256(collapsed.toString());
    }

    /** The URL without what does not identify the page, e.g. {@code example.com/news/a?id=3}; null if unusable. */
    public static String normaliseUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        String host = uri.getHost();
        String scheme = uri.getScheme();
        if (host == null || scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        StringBuilder out = new StringBuilder(host);
        int port = uri.getPort();
        if (port != -1 && port != 80 && port != 443) {
            out.append(':').append(port);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        out.append(path);
        String query = keptQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static String keptQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String part : rawQuery.split("&")) {
            String name = part.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!part.isEmpty() && TRACKING_PREFIXES.stream().noneMatch(name::startsWith)) {
                kept.add(part);
            }
        }
        return String.join("&", kept);
    }
}
