package org.dossier.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as it flows through the pipeline: its text plus what is known about where it came from.
 *
 * <p>Readers produce articles with raw text; the cleaning stage returns new articles whose text has lost the page
 * furniture. Every field but {@code id} and {@code text} may be {@code null} when the input does not say.
 *
 * @param id        stable identifier, unique within one run (the file name, or the {@code id} field of a JSON line)
 * @param title     headline
 * @param text      body text, paragraphs separated by a blank line ({@code "\n\n"})
 * @param outlet    the publisher ("Harbour Gazette"), from metadata or the URL's host
 * @param byline    the author line ("Maria Ortega"), without the leading "By"
 * @param published publication date
 * @param url       where the article was published
 * @param origin    where Dossier read it from: a file path, optionally with {@code #line} for JSON lines
 */
public record Article(String id, String title, String text, String outlet, String byline, LocalDate published,
                      String url, String origin) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** A copy with another body text; everything else unchanged. */
    public Article withText(String newText) {
        return new Article(id, title, newText, outlet, byline, published, url, origin);
    }

    /** A copy with another title; everything else unchanged. */
    public Article withTitle(String newTitle) {
        return new Article(id, newTitle, text, outlet, byline, published, url, origin);
    }

    /** Starts a builder for an article with the given id and text. */
    public static Builder builder(String id, String text) {
        return new Builder(id, text);
    }

    /** Fluent construction, for readers and tests that know only some of the metadata. */
    public static final class Builder {
        private final String id;
        private final String text;
        private String title;
        private String outlet;
        private String byline;
        private LocalDate published;
        private String url;
        private String origin;

        private Builder(String id, String text) {
            this.id = id;
            this.text = text;
        }

        public Builder title(String title) { this.title = title; return this; }
        public Builder outlet(String outlet) { this.outlet = outlet; return this; }
        public Builder byline(String byline) { this.byline = byline; return this; }
        public Builder published(LocalDate published) { this.published = published; return this; }
        public Builder url(String url) { this.url = url; return this; }
        public Builder origin(String origin) { this.origin = origin; return this; }

        public Article build() {
            return new Article(id, title, text, outlet, byline, published, url, origin);
        }
    }
}
