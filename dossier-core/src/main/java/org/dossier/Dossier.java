package org.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.dossier.assemble.Section;
import org.dossier.assemble.StoryAnalysis;
import org.dossier.analyse.SentenceSplitter;
import org.dossier.analyse.terms.ClusterTerms;
import org.dossier.clean.ScrapedTextCleaner;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Article;
import org.dossier.model.Briefing;
import org.dossier.model.Issue;
import org.dossier.model.SourceRef;
import org.dossier.model.SummarySentence;
import org.dossier.read.ArticleLoader;
import org.dossier.read.ReadResult;
import org.dossier.summarise.Headlines;
import org.dossier.summarise.Summarizer;
import org.dossier.summarise.SummaryOptions;

/**
 * The pipeline in one object: clean the articles, split them into sentences, summarise them with citations, and
 * analyse the story (events, timeline, quotes, who is who, agreements and discrepancies; see {@link StoryAnalysis}).
 *
 * <pre>{@code
 * Dossier dossier = Dossier.builder().words(150).focus("ceasefire talks").build();
 * Briefing briefing = dossier.brief(new ArticleLoader().load(List.of("news/")));
 * String markdown = Renderers.forFormat("md").render(briefing);
 *
 * Dossier quick = Dossier.builder().analysis(false).build();                        // summary only
 * Dossier some = Dossier.builder().sections(EnumSet.of(Section.QUOTES)).build();    // summary and quotes
 * }</pre>
 *
 * <p>The summary does not depend on the analysis: switching sections on or off never changes it. The analysis
 * runs in the common fork-join pool while the calling thread summarises.
 *
 * <p>A {@code Dossier} is immutable and thread-safe; build it once and brief many clusters with it.
 */
public final class Dossier {
    private final SummaryOptions options;
    private final ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Headlines headlines = new Headlines();
    private final Summarizer summarizer;
    private final StoryAnalysis analysis;

    private Dossier(SummaryOptions options, Set<Section> sections) {
        this.options = options;
        this.summarizer = new Summarizer(options);
        this.analysis = new StoryAnalysis(sections);
    }

    /** A builder with the defaults: {@link SummaryOptions#DEFAULT_WORDS} words, no focus. */
    public static Builder builder() {
        return new Builder();
    }

    /** The summary options this instance uses. */
    public SummaryOptions options() {
        return options;
    }

    /** The briefing sections besides the summary this instance fills; empty for a summary-only briefing. */
    public Set<Section> sections() {
        return analysis.sections();
    }

    /** Briefs the articles of a read result; its skipped inputs are carried into the briefing. */
    public Briefing brief(ReadResult read) {
        return brief(read.articles(), read.skipped());
    }

    /** Briefs {@code articles}, numbered as sources in the order given. */
    public Briefing brief(List<Article> articles) {
        return brief(articles, List.of());
    }

    /**
     * Cleans the articles and splits them into sentences, as {@link #brief} does before summarising: the input of
     * every later stage ({@code Summarizer}, {@code StoryAnalysis}, {@code EventSeparator}, ...) when used on its
     * own. Articles with no text left after cleaning are left out; the others are numbered in order from 0.
     */
    public List<AnalysedArticle> analyse(List<Article> articles) {
        return analyse(articles, new ArrayList<>());
    }

    private List<AnalysedArticle> analyse(List<Article> articles, List<Issue> skipped) {
        List<AnalysedArticle> analysed = new ArrayList<>();
        for (Article raw : articles) {
            Article clean = cleaner.clean(raw);
            if (clean.text().isBlank()) {
                skipped.add(new Issue(raw.origin() == null ? raw.id() : raw.origin(),
                        "no article text left after removing page furniture"));
                continue;
            }
            int index = analysed.size();
            analysed.add(new AnalysedArticle(index, clean, splitter.split(index, clean.text())));
        }
        return analysed;
    }

    private Briefing brief(List<Article> articles, List<Issue> alreadySkipped) {
        List<Issue> skipped = new ArrayList<>(alreadySkipped);
        List<AnalysedArticle> analysed = analyse(articles, skipped);
        List<SourceRef> sources = new ArrayList<>();
        for (AnalysedArticle a : analysed) {
            sources.add(SourceRef.of(a.index() + 1, a.article()));
        }
        // The analysis does not depend on the summary: it runs on another core while this thread summarises, so
        // that a full briefing takes about as long as the longer of the two rather than their sum.
        CompletableFuture<StoryAnalysis.Result> analysing = analysis.sections().isEmpty()
                ? CompletableFuture.completedFuture(StoryAnalysis.Result.empty())
                : CompletableFuture.supplyAsync(() -> analysis.analyse(analysed));
        // The summary and the headline read the same content terms: computed once, here.
        ClusterTerms terms = ClusterTerms.of(analysed, summarizer.analyzer());
        List<SummarySentence> summary = summarizer.summarise(terms);
        String headline = headlines.choose(terms, summary);
        StoryAnalysis.Result story = await(analysing);
        return new Briefing(headline, summary, sources, skipped, options.focus(), options.words(), story.events(),
                story.timeline(), story.quotes(), story.entities(), story.agreements(), story.discrepancies());
    }

    /** The analysis result, with a failure inside it rethrown as it was thrown (not wrapped). */
    private static StoryAnalysis.Result await(CompletableFuture<StoryAnalysis.Result> analysing) {
        try {
            return analysing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Reads the named files, folders or globs and briefs them. */
    public Briefing brief(String... paths) {
        return brief(new ArticleLoader().load(List.of(paths)));
    }

    /** Configures a {@link Dossier}. */
    public static final class Builder {
        private int words = SummaryOptions.DEFAULT_WORDS;
        private String focus;
        private Set<Section> sections = Section.all();

        private Builder() {
        }

        /** The summary's word budget (whitespace-separated words); positive. */
        public Builder words(int words) {
            this.words = words;
            return this;
        }

        /** A query the summary should answer, or null for a generic summary. */
        public Builder focus(String focus) {
            this.focus = focus;
            return this;
        }

        /**
         * Whether to analyse the story besides summarising it (default true): {@code false} gives a summary-only
         * briefing whose events, timeline, quotes, entities, agreements and discrepancies are empty, in the
         * summary's time alone. {@code true} switches every section back on.
         */
        public Builder analysis(boolean on) {
            this.sections = on ? Section.all() : Set.of();
            return this;
        }

        /** Fills only these sections besides the summary (default: all); an empty set means summary only. */
        public Builder sections(Set<Section> sections) {
            this.sections = Set.copyOf(sections);
            return this;
        }

        public Dossier build() {
            return new Dossier(new SummaryOptions(words, focus), sections);
        }
    }
}
