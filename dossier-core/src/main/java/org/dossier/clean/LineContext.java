package org.dossier.clean;

/**
 * One line under judgement together with what a rule may need to know about its surroundings: the page, the
 * neighbouring lines, where the line sits relative to the article body, and what was decided about the line
 * before it.
 *
 * @param page             the page
 * @param index            0-based position among the page's non-blank lines
 * @param previousFurniture the furniture kind of the line above, or null when that line was kept (or there is none)
 */
public record LineContext(Page page, int index, Furniture previousFurniture) {

    /** The repaired text of this line. */
    public String text() {
        return page.line(index);
    }

    /** The line above, or "" at the top. */
    public String previous() {
        return index > 0 ? page.line(index - 1) : "";
    }

    /** The line below, or "" at the bottom. */
    public String next() {
        return index + 1 < page.size() ? page.line(index + 1) : "";
    }

    /** True above the first prose line of the page. */
    public boolean inHeader() {
        return index < page.bodyStart();
    }

    /** True below the last prose line of the page. */
    public boolean inFooter() {
        return index > page.bodyEnd();
    }

    /** This line in {@link LineFeatures#normalise normalised} form. */
    public String normalised() {
        return page.normalised(index);
    }

    /** This line in folded case ({@link PatternRule#fold}), for case-insensitive literal checks. */
    public String folded() {
        return page.folded(index);
    }

    /** Number of words in this line. */
    public int words() {
        return page.words(index);
    }

    /**
     * True when this line, or the hard-wrapped paragraph it belongs to ({@link Page#block}), ends like a sentence
     * ({@link LineFeatures#endsLikeSentence}).
     */
    public boolean endsLikeSentence() {
        return LineFeatures.endsLikeSentence(page.block(index));
    }

    /** Number of words in this line's paragraph ({@link Page#block}); equals {@link #words()} for most lines. */
    public int blockWords() {
        return page.blockWords(index);
    }
}
