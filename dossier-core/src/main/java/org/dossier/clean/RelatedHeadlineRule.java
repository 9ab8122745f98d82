package org.dossier.clean;

import java.util.Optional;

/**
 * Recognises the headline of another story that follows a lead-in such as "Watch related report" or "Read more:".
 *
 * <p>It relies on context: the line above must have been judged {@link Furniture#RELATED} or
 * {@link Furniture#MEDIA}, and this line must look like a headline (no sentence ending, at most 20 words). A real
 * sentence after a player widget is therefore kept.
 */
public final class RelatedHeadlineRule implements LineRule {

    @Override
    public Optional<Furniture> judge(LineContext line) {
        Furniture above = line.previousFurniture();
        boolean afterLeadIn = above == Furniture.RELATED || above == Furniture.MEDIA;
        if (afterLeadIn && !line.endsLikeSentence() && line.words() <= 20) {
            return Optional.of(Furniture.RELATED);
        }
        return Optional.empty();
    }

    @Override
    public String name() {
        return "related-headline";
    }
}
