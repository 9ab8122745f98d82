package org.dossier.analyse.quotes;

/**
 * Who a quotation is attributed to.
 *
 * <p>The {@code mention} is the phrase in the article that names the speaker, exactly where it stands ("he",
 * "Varnholt", "a senior Dunmere official"). When that phrase is a pronoun, a bare surname or a back-reference such
 * as "the official", {@code resolvedName} says whom it points to within the same article ("Ilse Varnholt", "a senior
 * Dunmere official"); otherwise it repeats the mention's words without titles.
 *
 * @param mention      the phrase in the text, or {@code null} when no speaker was found
 * @param resolvedName the entity the mention stands for, or {@code null} when unresolved
 * @param anonymous    true for sources the outlet does not name; they stay anonymous through resolution
 * @param kind         what sort of entity speaks
 */
public record Speaker(TextSpan mention, String resolvedName, boolean anonymous, SpeakerKind kind) {
    private static final Speaker UNKNOWN = new Speaker(null, null, false, SpeakerKind.UNKNOWN);

    /** The speaker of a quotation nobody is credited with. */
    public static Speaker unknown() {
        return UNKNOWN;
    }

    /** The best name for display: the resolved name, else the mention's words, else {@code null}. */
    public String name() {
        if (resolvedName != null) {
            return resolvedName;
        }
        return mention == null ? null : mention.text();
    }

    /** True when the speaker is a named person or organisation (not anonymous, not unknown, not a bare pronoun). */
    public boolean isNamed() {
        return !anonymous && resolvedName != null
                && (kind == SpeakerKind.PERSON || kind == SpeakerKind.ORGANISATION || kind == SpeakerKind.GROUP);
    }
}
