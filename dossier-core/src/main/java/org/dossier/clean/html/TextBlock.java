package org.dossier.clean.html;

/**
 * One run of text between two block-level boundaries of a page: usually a paragraph, a heading, a list item or a
 * table cell. The unit the extractor classifies.
 *
 * @param text           the text, whitespace collapsed to single spaces and trimmed
 * @param words          number of words (whitespace-separated tokens)
 * @param linkWords      how many of those words sit inside links
 * @param element        preorder index (see {@link PageLayout}) of the innermost block-level element holding it
 * @param boilerplateAt  preorder index of the innermost ancestor whose markup hints at boilerplate, or -1
 * @param tag            tag name of that innermost block element ("p", "h2", "td"...)
 */
record TextBlock(String text, int words, int linkWords, int element, int boilerplateAt, String tag) {

    /** Share of the words that are link text: high for menus and link lists, near zero for prose. */
    double linkDensity() {
        return words == 0 ? 0 : (double) linkWords / words;
    }

    /** Whether the block is a heading element. */
    boolean isHeading() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }

    /** Whether the text ends like a sentence does. */
    boolean endsLikeSentence() {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return ".!?\"'\u201D\u2019):;".indexOf(last) >= 0;
    }
}
