package org.dossier.read;

import org.dossier.model.Article;

/**
 * Reads a plain-text article: the first non-blank line is the title, the rest is the body.
 *
 * <p>This is how scraped pages are usually saved. The body keeps its page furniture; cleaning removes it later.
 */
public final class PlainTextReader implements ArticleReader {

    @Override
    public ReadResult read(Input input) throws InputException {
        String text = Texts.normaliseNewlines(TextDecoder.decode(input.bytes()));
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int eol = text.indexOf('\n', start);
        String title = (eol < 0 ? text.substring(start) : text.substring(start, eol)).strip();
        String body = eol < 0 ? "" : text.substring(eol + 1).strip();
        if (body.isEmpty()) {
            throw new InputException("no article text after the title line");
        }
        return new ReadResult(java.util.List.of(Article.builder(input.name(), body)
                .title(title)
                .origin(input.name())
                .build()), java.util.List.of());
    }
}
