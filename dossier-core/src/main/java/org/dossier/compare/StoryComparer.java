package org.dossier.compare;

import java.util.List;
import org.dossier.group.events.StoryEvents;
import org.dossier.model.AnalysedArticle;

/**
 * Compares the articles of one story: which claims several outlets report, and which values they state
 * differently.
 *
 * <p>Placeholder while the compare stage is being built: it finds nothing yet.
 */
public final class StoryComparer {

    /**
     * Compares the articles of one story.
     *
     * @param articles the story's articles; citation numbers are {@code index + 1}
     * @param events   the story's events, used to tell apart values about different events
     */
    public Comparison compare(List<AnalysedArticle> articles, StoryEvents events) {
        return new Comparison(List.of(), List.of());
    }
}
