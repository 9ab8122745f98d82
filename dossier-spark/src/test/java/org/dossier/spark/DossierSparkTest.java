package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dossier.group.stories.StorySettings;
import org.dossier.model.Article;
import org.dossier.model.Briefing;
import org.dossier.read.JsonLinesReader;
import org.dossier.read.ReadResult;
import org.dossier.render.JsonRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job in {@code local[2]} on the team's fictional collection ({@link TeamArticles}). */
class DossierSparkTest {
    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path input;
    static SparkJobResult result;
    static Path output;

    @BeforeAll
    static void runJob() {
        spark = SparkTestSession.get();
        input = TeamArticles.write(dir);
        output = dir.resolve("out");
        result = DossierSpark.run(spark, SparkJobOptions.of(List.of(input.toString()), output.toString())
                .withFormat(OutputFormat.BOTH).withPartitions(3));
    }

    @Test
    void countsWhatItReadAndDropped() {
        assertEquals(15, result.itemsRead(), "14 articles and one broken line");
        assertEquals(14, result.articles());
        assertEquals(1, result.skipped());
        assertTrue(result.firstProblems().get(0).contains("#16") || result.firstProblems().get(0).contains("broken")
                || result.firstProblems().get(0).contains("invalid JSON"), result.firstProblems().toString());
        assertEquals(1, result.exactDuplicates(), "the page crawled twice");
        assertEquals(1, result.nearDuplicates(), "the syndicated copy");
        assertEquals(12, result.clustered());
    }

    @Test
    void findsTheThreeStoriesLikeTheSingleMachine() {
        Map<String, String> sparkStory = storyByInputId();
        List<Article> articles = readArticles();
        SingleMachineStories.Result single = SingleMachineStories.cluster(articles, StorySettings.DEFAULT);
        Map<String, String> singleStory = new HashMap<>();
        single.storyOf().forEach((i, story) -> singleStory.put(articles.get(i).id(), story));
        assertEquals(partition(singleStory), partition(sparkStory));
        assertEquals(3, result.stories());
        // and the partition is the gold one
        Map<String, String> gold = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            gold.put(articles.get(i).id(), TeamArticles.GOLD.get(i));
        }
        assertEquals(partition(gold), partition(sparkStory));
    }

    @Test
    void marksDuplicatesWithTheirOriginal() {
        Map<String, Row> rows = new HashMap<>();
        for (Row r : spark.read().json(output.resolve("articles/jsonl").toString()).collectAsList()) {
            rows.put(r.getAs("inputId"), r);
        }
        assertEquals("near", field(rows, "ferry-1-syndicated", "duplicate"));
        assertEquals(field(rows, "ferry-1", "id"), field(rows, "ferry-1-syndicated", "duplicateOf"));
        assertEquals("exact", field(rows, "library-1-again", "duplicate"));
        assertEquals(field(rows, "library-1", "id"), field(rows, "library-1-again", "duplicateOf"));
        assertEquals(field(rows, "library-1", "story"), field(rows, "library-1-again", "story"));
        assertEquals(null, field(rows, "ferry-2", "duplicate"));
    }

    private static String field(Map<String, Row> rows, String inputId, String name) {
        return rows.get(inputId).getAs(name);
    }

    @Test
    void writesStoriesWithSourcesSpanAndHeadline() {
        List<Row> stories = spark.read().parquet(output.resolve("stories/parquet").toString()).collectAsList();
        assertEquals(3, stories.size());
        Row ferry = stories.stream().filter(r -> ((String) r.getAs("headline")).contains("Marisol")).findFirst()
                .orElseThrow();
        assertEquals(5, (int) ferry.getAs("size"), "four reports and the syndicated copy");
        assertEquals(4, (int) ferry.getAs("distinctTexts"));
        assertEquals("2026-03-02", ferry.getAs("first"));
        assertEquals("2026-03-04", ferry.getAs("last"));
        assertEquals(5, ferry.getList(ferry.fieldIndex("sources")).size());
        assertEquals("S1", stories.get(0).getAs("id"));
    }

    @Test
    void briefsEveryStoryInTheJsonSchema() throws Exception {
        List<String> lines = new ArrayList<>();
        try (var files = Files.walk(output.resolve("briefings/jsonl"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f));
            }
        }
        assertEquals(3, lines.size());
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : lines) {
            var node = json.readTree(line);
            Briefing b = JsonRenderer.read(node.get("briefing").toString());
            assertTrue(b.sources().size() >= 4, "each story has four distinct reports");
            assertTrue(!b.summary().isEmpty());
        }
        Dataset<Row> parquet = spark.read().parquet(output.resolve("briefings/parquet").toString());
        assertEquals(3, parquet.count());
        assertNotNull(JsonRenderer.read(parquet.first().<String>getAs("briefing")));
    }

    @Test
    void smallBlocksGiveTheSameStories() {
        Path out = dir.resolve("small-blocks");
        SparkJobOptions options = SparkJobOptions.of(List.of(input.toString()), out.toString()).withBriefings(false)
                .withBlocking(BlockingSettings.DEFAULT.withBlockArticles(4));
        SparkJobResult small = DossierSpark.run(spark, options);
        assertEquals(3, small.stories());
        assertTrue(small.blocking().blocks() >= 2, "blocks: " + small.blocking());
        Map<String, String> stories = new HashMap<>();
        for (Row r : spark.read().json(out.resolve("articles/jsonl").toString()).collectAsList()) {
            stories.put(r.getAs("inputId"), r.getAs("story"));
        }
        assertEquals(partition(storyByInputId()), partition(stories));
    }

    static Map<String, String> storyByInputId() {
        Map<String, String> out = new HashMap<>();
        for (Row r : spark.read().json(output.resolve("articles/jsonl").toString()).collectAsList()) {
            out.put(r.getAs("inputId"), r.getAs("story"));
        }
        return out;
    }

    static List<Article> readArticles() {
        try {
            ReadResult read = new JsonLinesReader().read(new org.dossier.read.Input(input.toString(),
                    Files.readAllBytes(input)));
            return read.articles();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The clusters as sets of member ids, whatever their labels. */
    static Set<Set<String>> partition(Map<String, String> labels) {
        Map<String, Set<String>> groups = new HashMap<>();
        labels.forEach((id, label) -> groups.computeIfAbsent(label, k -> new HashSet<>()).add(id));
        return new HashSet<>(groups.values());
    }
}
