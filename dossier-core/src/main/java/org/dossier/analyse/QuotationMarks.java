package org.dossier.analyse;

/**
 * The double quotation marks news text uses: straight, curly, low-9, and the doubled {@code ``} and {@code ''} of
 * old newswire. Shared by the sentence splitter and the quote extractor so that both agree on what a quote mark is.
 */
public final class QuotationMarks {
    private QuotationMarks() {
    }

    /**
     * Length of the double quotation mark at {@code i} in {@code text}, looking no further than {@code end}:
     * 1 for {@code "}, {@code “}, {@code ”}, {@code „}; 2 for {@code ``} and {@code ''}; 0 when there is none.
     */
    public static int length(String text, int i, int end) {
        char c = text.charAt(i);
        if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E') {
            return 1;
        }
        if ((c == '`' || c == '\'') && i + 1 < end && text.charAt(i + 1) == c) {
            return 2;
        }
        return 0;
    }
}
