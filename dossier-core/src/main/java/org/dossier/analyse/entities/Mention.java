package org.dossier.analyse.entities;

import java.util.Objects;

/**
 * One place in one article where an entity is named or referred to.
 *
 * <p>A mention keeps the surface text apart from the name it carries: in "Prime Minister Ilse Varnholt" the
 * {@code title} is "Prime Minister" and the {@code name} is "Ilse Varnholt"; in the role mention "Calvara's
 * president" the {@code name} is the role ("president") and the {@code qualifier} is "Calvara".
 *
 * @param articleIndex  the article's index in the story (its {@code AnalysedArticle.index()})
 * @param sentenceIndex the sentence's index in its article
 * @param start         offset of the first character in the article text
 * @param end           offset just past the last character in the article text
 * @param text          the surface text, {@code article.text().substring(start, end)} (title-cased when the
 *                      page wrote it in capitals, as in a dateline)
 * @param name          the name without title, possessive or leading "the"; for a role, the role words
 * @param title         the title or honorific written before the name ("President", "Dr.", "Ms"), or ""
 * @param qualifier     the country or body the mention is tied to ("Dunmere" in "Dunmere's Prime Minister Ilse
 *                      Varnholt", "Russian" in "the Russian president"), or ""
 * @param kind          the kind the cues suggest; {@link EntityKind#ROLE} for role mentions
 * @param acronym       whether the name is an acronym ("UN", "U.N.", "NATO")
 */
public record Mention(int articleIndex, int sentenceIndex, int start, int end, String text, String name,
                      String title, String qualifier, EntityKind kind, boolean acronym) {
    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(kind, "kind");
    }

    /** Whether this is a role mention ("the prime minister") rather than a name. */
    public boolean isRole() {
        return kind == EntityKind.ROLE;
    }

    /** A copy with another kind (the linker settles kinds across the whole story). */
    public Mention withKind(EntityKind newKind) {
        return new Mention(articleIndex, sentenceIndex, start, end, text, name, title, qualifier, newKind, acronym);
    }
}
