package org.dossier.group.stories;

import java.time.LocalDate;
import java.util.List;
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

    /** Featurises a cleaned article; see {@link #of(Article, String, DocumentFeaturizer)} (no page header). */
    public static StreamArticle of(Article article, DocumentFeaturizer featurizer) {
        return of(article, null, featurizer);
    }

    /**
     * Featurises a cleaned article for story clustering: its title, the page header cleaning removed, and its text.
     * Featurisation is thread-safe, so a caller ingesting in bulk can run it on several threads and feed the
     * results to the single-threaded clusterer in arrival order.
     *
     * <p><b>The page header</b> ({@code header}, may be null) is what stood above the article body on the page and
     * was dropped by cleaning as furniture: the headline of a page that came without a title, the dateline, the
     * page's own address. Cleaning is right to keep them out of the text a briefing quotes, but they say which
     * event the article reports better than any sentence of the body (a headline names it, an address slug
     * repeats the headline and the day), so the clusterer reads them.
     *
     * <p><b>No reported days.</b> The features carry no {@code dates} (no date tagging): the publication date is
     * used by the clusterer's time window instead. Within one story the days its reports mention drift by a day
     * or two ("today" in one outlet is "yesterday" in the next morning's follow-up), so the event separation's
     * strong penalty for disjoint days splits a story's coverage across its days; measured on ECB+ (documents with
     * and without publication dates mixed), anchored day features cost 0.03 B-cubed F1 (docs/stories.md).
     * Skipping the tagger also saves most of the featurisation time.
     */
    public static StreamArticle of(Article article, String header, DocumentFeaturizer featurizer) {
        StringBuilder all = new StringBuilder();
        if (article.title() != null && !article.title().isBlank()) {
            all.append(article.title()).append(".\n");
        }
        if (header != null && !header.isBlank()) {
            all.append(header).append('\n');
        }
        all.append(article.text());
        DocumentFeatures features = featurizer.features(all.toString(), List.of());
        return new StreamArticle(article.id(), article.published(), article.outlet(), article.title(), features);
    }
}
