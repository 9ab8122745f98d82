package org.dossier.eval.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dossier.Dossier;
import org.dossier.eval.SeedArticles;
import org.dossier.eval.SharedData;
import org.dossier.eval.summaries.Cluster;
import org.dossier.eval.summaries.SummaryDataset;
import org.dossier.model.Article;
import org.dossier.model.Briefing;

/**
 * Real briefings to render: the clusters of the shared evaluation data run through the whole pipeline, the
 * {@link Dossier} facade (cleaning, sentence splitting, summarising, analysing the story), exactly as the command
 * line would.
 *
 * <p>The renderers are tested on invented text in unit tests; this class feeds them what real news looks like
 * (ampersands, angle brackets and quotes in scraped text, odd spacing, long bylines, missing metadata), so that the
 * render gate can check escaping, wrapping and round trips at scale. The briefings depend on whatever cleaner,
 * splitter and summariser the pipeline has at the time; the gate checks the renderers, not the summaries.
 *
 * <p>Sets, each skipped when its file is absent: DUC 2006 (titles, dates, a focus query), Multi-News dev (text
 * only, so every source falls back to its origin name) and the five seed articles (read by {@link SeedArticles}).
 * Clusters are read by {@link SummaryDataset}; their documents become articles through {@link Cluster#articles()}.
 */
public final class SampleBriefings {
    /** The word budget of the DUC and Multi-News evaluations. */
    static final int WORDS = 250;

    /** One briefing and where it came from, e.g. {@code duc2006/D0601A}. */
    public record Sample(String set, String origin, Briefing briefing) {
    }

    /** Every sample the shared data allows, DUC first; empty when the data is absent. */
    public List<Sample> all() {
        return first(Integer.MAX_VALUE);
    }

    /**
     * The first {@code perSet} clusters of each cluster file, plus the seeds: a smaller run for a gate that must
     * stay fast on a shared machine. Empty when the data is absent.
     */
    public List<Sample> first(int perSet) {
        return first(perSet, perSet);
    }

    /**
     * As {@link #first(int)}, with the full briefing (events, timeline, quotes, who is who, comparison) for only
     * the first {@code analysedPerSet} clusters of each file and the seeds, and the summary alone for the others:
     * the analysis roughly doubles the time of a briefing, and a gate on a shared machine has a time limit.
     */
    public List<Sample> first(int perSet, int analysedPerSet) {
        List<Sample> out = new ArrayList<>();
        SharedData.resolve("summarization/duc2006.jsonl")
                .ifPresent(p -> out.addAll(clusters("duc2006", p, perSet, analysedPerSet)));
        SharedData.resolve("summarization/multinews-dev.jsonl")
                .ifPresent(p -> out.addAll(clusters("multinews", p, perSet, analysedPerSet)));
        SeedArticles.fromSharedData().filter(a -> !a.isEmpty())
                .ifPresent(articles -> out.add(new Sample("seeds", SeedArticles.FOLDER, brief(articles, null, true))));
        return out;
    }

    /** One briefing per cluster of a clusters file, focused on the cluster's query when it has one. */
    private List<Sample> clusters(String set, Path file, int limit, int analysed) {
        int[] n = {0};
        try (Stream<Cluster> clusters = SummaryDataset.stream(file)) {
            return clusters.limit(limit)
                    .map(c -> new Sample(set, set + "/" + c.id(), brief(c.articles(), c.focus(), n[0]++ < analysed)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the pipeline makes of the articles. */
    private static Briefing brief(List<Article> articles, String focus, boolean analysis) {
        return Dossier.builder().words(WORDS).focus(focus).analysis(analysis).build().brief(articles);
    }
}
