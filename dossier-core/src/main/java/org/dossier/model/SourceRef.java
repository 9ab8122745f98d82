package org.dossier.model;

import java.time.LocalDate;

/**
 * A source as listed at the end of a briefing.
 *
 * @param number    1-based number used in citations
 * @param id        the article id
 * @param title     headline, or null
 * @param outlet    publisher, or null
 * @param byline    author, or null
 * @param published publication date, or null
 * @param url       address, or null
 * @param origin    file it was read from, or null
 */
public record SourceRef(int number, String id, String title, String outlet, String byline, LocalDate published,
                        String url, String origin) {

    /** The source entry for the article at {@code number - 1} in the input list. */
    public static SourceRef of(int number, Article a) {
        return new SourceRef(number, a.id(), a.title(), a.outlet(), a.byline(), a.published(), a.url(), a.origin());
    }
}
