package org.dossier.group.stories;

import java.time.LocalDate;
import java.util.Objects;
import org.dossier.group.events.DocumentFeatures;
import org.dossier.group.events.DocumentFeaturizer;
import org.dossier.model.Article;

/**
 * One article of a news stream as the {@link StoryClusterer} sees it: who published it and when, its headline, and
 * the features that decide which story it belongs to. The text itself is not kept: the features are all the
 * clusterer needs, and holding 100,000 bodies in memory would defeat the point of a bounded index.
 *
 * @param id        the article's identifier, unique in the stream (the store's document id)
 * @param published publication date, or {@code null} when unknown (then arrival order stands in for time)
 * @param outlet    the publisher, or {@code null}; counted among the story's sources
 * @param title     headline, or {@code null}; the most central member's title becomes the story headline
 * @param features  terms, names and reported days, from {@link DocumentFeaturizer}
 */
public record StreamArticle(String id, LocalDate published, String outlet, String title, DocumentFeatures features) {
    public StreamArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(features, "features");
    }

    /**
     * Featurises a cleaned article (title and text, dates anchored at its publication date). Featurisation is
     * the expensive part of clustering (date tagging above all) and is thread-safe, so a caller ingesting in bulk
     * can run it on several threads and feed the results to the single-threaded clusterer in arrival order.
     */
    public static StreamArticle of(Article article, DocumentFeaturizer featurizer) {
        DocumentFeatures features = featurizer.features(article.title(), article.text(), article.published());
        return new StreamArticle(article.id(), article.published(), article.outlet(), article.title(), features);
    }
}
