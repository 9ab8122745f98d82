package org.dossier.server;

import java.util.Optional;
import org.dossier.render.HtmlEscaper;
import org.dossier.render.SafeUrl;

/**
 * The two rules that keep article text inert in the server's pages.
 *
 * <p>Articles are hostile input: a title can be {@code <script>...}, a byline can close an attribute and add an
 * event handler, a URL can be {@code javascript:...}. So (1) every string from the store goes through
 * {@link #text} before it is written into a page, in element content and in double-quoted attribute values alike;
 * it replaces the five characters that have a meaning in HTML ({@code & < > " '}) by character references and
 * drops control characters, so no tag can open, no entity be decoded and no attribute be closed early. And (2) a
 * URL becomes a link only through {@link #linkable}, which accepts nothing but absolute http and https URLs.
 * The pages also carry a Content-Security-Policy that forbids inline script, as a second line of defence.
 */
final class Html {
    private Html() {
    }

    /** {@code raw} escaped for element content or a double-quoted attribute value; "" for null. */
    static String text(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\t') {
                sb.append(' ');
            } else if (c >= 0x20 && c != 0x7f) {
                sb.append(c); // other control characters have no business in a page and some confuse parsers
            }
        }
        return HtmlEscaper.escapeVerbatim(sb.toString());
    }

    /**
     * The URL, stripped, when it may be the {@code href} of a link: absolute, http or https, with a host, and
     * parseable as a URI (the briefing renderers' rule, {@link SafeUrl#forLink}). Empty for anything else, including
     * {@code javascript:} and {@code data:} URLs, which are then shown as plain text if at all.
     */
    static Optional<String> linkable(String url) {
        return SafeUrl.forLink(url);
    }

    /** A query-string value, percent-encoded (for links the server builds, such as paging). */
    static String query(String value) {
        return java.net.URLEncoder.encode(value == null ? "" : value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
