package org.dossier.clean.html;

import java.time.LocalDate;

/**
 * What main-text extraction finds in one HTML page. Any field but {@code text} may be null.
 *
 * @param title     headline (og:title, JSON-LD headline, h1 or title element)
 * @param text      main article text, paragraphs separated by a blank line; empty when none was found
 * @param byline    author line
 * @param published publication date
 * @param outlet    publisher name (og:site_name, JSON-LD publisher)
 * @param url       canonical address
 */
public record ExtractedPage(String title, String text, String byline, LocalDate published, String outlet,
                            String url) {
}
