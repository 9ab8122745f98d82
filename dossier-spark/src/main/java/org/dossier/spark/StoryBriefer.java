package org.dossier.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.dossier.Dossier;
import org.dossier.model.Article;
import org.dossier.model.Briefing;
import org.dossier.render.JsonRenderer;
import scala.Tuple2;

/**
 * Briefs every story with the {@link Dossier} facade and renders the briefing as the JSON of
 * {@code docs/json-format.md}: one {@code Dossier} per partition (it is immutable and thread-safe, but its models
 * are costly to build), the story's distinct articles (no near-duplicates) in arrival order, at most
 * {@code maxArticles} of them.
 */
final class StoryBriefer implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** One story's briefing as JSON, or the reason it could not be made. */
    record Outcome(String story, String json, String problem) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper COMPACT =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final int words;
    private final int maxArticles;

    StoryBriefer(int words, int maxArticles) {
        this.words = words;
        this.maxArticles = maxArticles;
    }

    JavaRDD<Outcome> brief(JavaPairRDD<Long, PreparedArticle> roots, JavaPairRDD<Long, Long> storyOf,
                           JavaPairRDD<Long, String> names, int partitions) {
        int limit = maxArticles;
        int budget = words;
        return roots.mapValues(PreparedArticle::article).join(storyOf, partitions)
                .mapToPair(e -> new Tuple2<>(e._2()._2(), new Tuple2<>(e._1(), e._2()._1())))
                .groupByKey(partitions)
                .join(names, partitions)
                .mapPartitions(stories -> {
                    Dossier dossier = Dossier.builder().words(budget).build();
                    JsonRenderer json = new JsonRenderer();
                    List<Outcome> out = new ArrayList<>();
                    while (stories.hasNext()) {
                        Tuple2<Long, Tuple2<Iterable<Tuple2<Long, ArticleRow>>, String>> story = stories.next();
                        out.add(briefOne(dossier, json, story._2()._2(), story._2()._1(), limit));
                    }
                    return out.iterator();
                });
    }

    static Outcome briefOne(Dossier dossier, JsonRenderer json, String story,
                            Iterable<Tuple2<Long, ArticleRow>> members,
                            int limit) {
        List<Tuple2<Long, ArticleRow>> sorted = new ArrayList<>();
        members.forEach(sorted::add);
        sorted.sort(Comparator.comparingLong(Tuple2::_1));
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < sorted.size() && i < limit; i++) {
            articles.add(sorted.get(i)._2().toArticle());
        }
        try {
            Briefing briefing = dossier.brief(articles);
            StringBuilder text = new StringBuilder();
            json.render(briefing, text);
            // the renderer indents for people; a JSON-lines row must be one line
            return new Outcome(story, COMPACT.readTree(text.toString()).toString(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        } catch (RuntimeException e) {
            return new Outcome(story, null, "briefing failed: " + WarcArticles.describe(e));
        }
    }
}
