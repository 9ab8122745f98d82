package org.dossier.clean;

import java.util.List;
import org.dossier.model.Article;

/**
 * The result of cleaning one scraped page, with the reasons: the cleaned article plus one verdict per input line.
 *
 * @param article the cleaned article (what {@link ScrapedTextCleaner#clean} returns)
 * @param lines   one verdict per line of the page, title line first, in page order
 */
public record CleanedPage(Article article, List<LineVerdict> lines) {
    public CleanedPage {
        lines = List.copyOf(lines);
    }
}
