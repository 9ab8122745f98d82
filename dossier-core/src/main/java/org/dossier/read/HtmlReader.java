package org.dossier.read;

import java.util.List;
import org.dossier.clean.html.ExtractedPage;
import org.dossier.clean.html.HtmlDepth;
import org.dossier.clean.html.MainTextExtractor;
import org.dossier.model.Article;

/**
 * Reads a saved web page: main-text extraction finds the article; title, byline, date and outlet come from the
 * page's metadata when it has them.
 */
public final class HtmlReader implements ArticleReader {
    private final MainTextExtractor extractor = new MainTextExtractor();
    private final int maxDepth;

    /** A reader with the {@link Limits#defaults() default} depth limit. */
    public HtmlReader() {
        this(Limits.defaults());
    }

    /** A reader refusing pages nested deeper than {@link Limits#maxHtmlDepth()}. */
    public HtmlReader(Limits limits) {
        this.maxDepth = limits.maxHtmlDepth();
    }

    @Override
    public ReadResult read(Input input) throws InputException {
        if (isBlank(input.bytes())) {
            throw new InputException("empty file");
        }
        if (TextDecoder.looksBinary(input.bytes())) {
            throw new InputException("binary file, not HTML");
        }
        // Checked before parsing: the parser's cost grows with depth times size (see HtmlDepth).
        int depth = HtmlDepth.estimate(HtmlDepth.asAscii(input.bytes()), maxDepth);
        if (depth > maxDepth) {
            throw new InputException(tooDeep(maxDepth));
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

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    /** The message for a page nested deeper than {@code limit}, the same for every reader of HTML. */
    public static String tooDeep(int limit) {
        return "HTML nested too deep (over " + limit + " levels; --max-html-depth)";
    }
}
