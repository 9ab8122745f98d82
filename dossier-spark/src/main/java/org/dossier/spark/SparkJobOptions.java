package org.dossier.spark;

import java.util.List;
import java.util.Objects;
import org.dossier.group.stories.StorySettings;

/**
 * What one run of the job does.
 *
 * @param inputs            Hadoop paths (files, folders, globs) of JSON lines, WARC or Parquet
 * @param inputFormat       the format of every input, or null to tell each by its name ({@link InputFormat#guess})
 * @param output            the output folder (a Hadoop path; must not exist)
 * @param format            JSON lines, Parquet or both
 * @param words             the word budget of each story's summary
 * @param partitions        partitions of the shuffles, and the least number of partitions the input is read in
 * @param briefings         whether to brief each story (off: stories and articles only, much faster)
 * @param briefingArticles  at most this many articles are briefed per story, the earliest distinct ones
 * @param blocking          the blocking knobs
 * @param stories           the story clusterer's settings (those of the single machine by default)
 */
public record SparkJobOptions(List<String> inputs, InputFormat inputFormat, String output, OutputFormat format,
                              int words, int partitions, boolean briefings, int briefingArticles,
                              BlockingSettings blocking, StorySettings stories) {
    /** Stories are briefed from their first 40 distinct articles: more adds little to a summary and costs time. */
    public static final int DEFAULT_BRIEFING_ARTICLES = 40;

    public SparkJobOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given");
        }
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(blocking, "blocking");
        Objects.requireNonNull(stories, "stories");
        if (words < 1 || partitions < 1 || briefingArticles < 1) {
            throw new IllegalArgumentException("words, partitions and briefing articles must be at least 1");
        }
    }

    /** The defaults for these inputs and output: JSON lines out, 120 words, 8 partitions, briefings on. */
    public static SparkJobOptions of(List<String> inputs, String output) {
        return new SparkJobOptions(inputs, null, output, OutputFormat.JSONL, 120, 8, true,
                DEFAULT_BRIEFING_ARTICLES, BlockingSettings.DEFAULT, StorySettings.DEFAULT);
    }

    public SparkJobOptions withFormat(OutputFormat f) {
        return new SparkJobOptions(inputs, inputFormat, output, f, words, partitions, briefings, briefingArticles,
                blocking, stories);
    }

    public SparkJobOptions withBriefings(boolean on) {
        return new SparkJobOptions(inputs, inputFormat, output, format, words, partitions, on, briefingArticles,
                blocking, stories);
    }

    public SparkJobOptions withPartitions(int n) {
        return new SparkJobOptions(inputs, inputFormat, output, format, words, n, briefings, briefingArticles,
                blocking, stories);
    }

    public SparkJobOptions withBlocking(BlockingSettings b) {
        return new SparkJobOptions(inputs, inputFormat, output, format, words, partitions, briefings,
                briefingArticles, b, stories);
    }
}
