package org.dossier.clean;

/**
 * The cleaner's decision about one line of a scraped page.
 *
 * @param line      1-based line number in the page: line 1 is the title line when the article has a title, and the
 *                  body text starts on line 2 (on line 1 when it has none)
 * @param raw       the line as it came in
 * @param role      what the line was judged to be
 * @param furniture the furniture kind when {@code role} is {@link LineRole#FURNITURE}, else null
 * @param rule      the name of the rule that decided, for reports ("phrase:navigation", "subheading", "default")
 * @param text      the repaired text that goes into the output (title or paragraph); null for dropped lines
 */
public record LineVerdict(int line, String raw, LineRole role, Furniture furniture, String rule, String text) {

    /** True when the line's text survives into the cleaned article's body. */
    public boolean kept() {
        return role == LineRole.ARTICLE;
    }

    /** The label used in reports: "article", "title", "blank" or "furniture(kind)". */
    public String label() {
        return role == LineRole.FURNITURE ? "furniture(" + furniture.label() + ")"
                : role.name().toLowerCase(java.util.Locale.ROOT);
    }
}
