package org.dossier.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether an article's URL may become a clickable link.
 *
 * <p>Article metadata is hostile input: a scraped page can claim its URL is {@code javascript:alert(1)} or a
 * {@code data:} page, and a link to either runs code in the reader's browser. Escaping does not help, because the
 * danger is in what the link does, not in how it is written. So links are made from an allow-list: only absolute
 * {@code http} and {@code https} URLs that parse as URIs (which also rules out spaces, quotes and angle brackets)
 * and name a host. Everything else is shown, if at all, as inert text.
 */
public final class SafeUrl {
    private SafeUrl() {
    }

    /**
     * The URL, trimmed, when it is safe to link to; empty otherwise.
     *
     * @param url any string, possibly {@code null}
     */
    public static Optional<String> forLink(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String trimmed = url.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c <= 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
                return Optional.empty(); // control characters or spaces: not a URL we would print
            }
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme();
            if (scheme == null) {
                return Optional.empty();
            }
            String lower = scheme.toLowerCase(Locale.ROOT);
            if (!lower.equals("http") && !lower.equals("https")) {
                return Optional.empty();
            }
            String authority = uri.getRawAuthority();
            if (authority == null || authority.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(trimmed);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
