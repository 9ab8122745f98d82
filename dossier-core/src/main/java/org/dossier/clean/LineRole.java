package org.dossier.clean;

/** What a line of a scraped page is, as far as the cleaner is concerned. */
public enum LineRole {
    /** Article text: kept, as one paragraph. */
    ARTICLE,
    /** The headline: becomes {@code Article.title}, not part of the body. */
    TITLE,
    /** Page furniture: dropped (its {@link Furniture} kind says which). */
    FURNITURE,
    /** An empty line: only separates paragraphs. */
    BLANK
}
