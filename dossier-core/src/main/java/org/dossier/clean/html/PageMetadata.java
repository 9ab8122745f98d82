package org.dossier.clean.html;

import java.time.LocalDate;

/**
 * What a page says about itself, apart from the article text.
 *
 * @param title     cleaned headline, or null
 * @param byline    author names without a leading "By", or null
 * @param published publication date, or null
 * @param outlet    publisher name, or null
 * @param url       canonical address, or null
 */
record PageMetadata(String title, String byline, LocalDate published, String outlet, String url) {
}
