package org.dossier.analyse.quotes;

import java.util.List;
import java.util.Objects;

/**
 * One attribution found in one article: what was said, by whom, and how the article reports it.
 *
 * <p>A direct quotation interrupted by its attribution ({@code "We came," she said, "to talk."}) or continued in
 * the next sentence or paragraph is one quote made of several {@code pieces}; {@code text} joins them with a space,
 * and {@code start}/{@code end} cover the whole stretch from the first piece to the last. For direct quotes the
 * pieces exclude the quotation marks; for partial and indirect quotes the single piece is the reported clause.
 *
 * @param articleIndex position of the article in the input list (0-based)
 * @param kind         direct, partial or indirect
 * @param text         the words attributed, pieces joined by a space
 * @param start        offset of the first attributed character in the article text
 * @param end          offset just past the last attributed character
 * @param pieces       the attributed stretches, in order
 * @param cue          the reporting words ("said", "told reporters", "according to"), or {@code null} when the
 *                     quote merely continues an earlier speaker's quotation
 * @param speaker      who said it ({@link Speaker#unknown()} when nobody is credited)
 * @param sentences    indices of the article sentences the quote touches (content, cue and speaker), ascending
 */
public record Quote(int articleIndex, QuoteKind kind, String text, int start, int end, List<TextSpan> pieces,
                    TextSpan cue, Speaker speaker, List<Integer> sentences) {
    public Quote {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        pieces = List.copyOf(pieces);
        sentences = List.copyOf(sentences);
    }

    /** The whole attributed stretch as one span of the article text (may include a middle attribution). */
    public TextSpan content(String articleText) {
        return TextSpan.of(articleText, start, end);
    }
}
