package org.dossier.read;

import java.util.List;
import org.dossier.clean.html.ExtractedPage;
import org.dossier.clean.html.MainTextExtractor;
import org.dossier.model.Article;

/**
 * Reads a saved web page: main-text extraction finds the article; title, byline, date and outlet come from the
 * page's metadata when it has them.
 */
public final class HtmlReader implements ArticleReader {
    private final MainTextExtractor extractor = new MainTextExtractor();

    @Override
    public ReadResult read(Input input) throws InputException {
        if (input.bytes().length == 0) {
            throw new InputException("empty file");
        }
        if (TextDecoder.looksBinary(input.bytes())) {
            throw new InputException("binary file, not HTML");
        }
        ExtractedPage page = extractor.extract(input.bytes(), "");
        if (page.text() == null || page.text().isBlank()) {
            throw new InputException("no article text found in the HTML page");
        }
        Article article = Article.builder(input.name(), page.text())
                .title(Texts.blankToNull(page.title()))
                .byline(Texts.blankToNull(page.byline()))
                .published(page.published())
                .outlet(Texts.blankToNull(page.outlet()))
                .url(Texts.blankToNull(page.url()))
                .origin(input.name())
                .build();
        return new ReadResult(List.of(article), List.of());
    }
}
