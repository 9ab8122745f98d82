package org.dossier;

import java.util.ArrayList;
import java.util.List;
import org.dossier.analyse.SentenceSplitter;
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
 * The pipeline in one object: clean the articles, split them into sentences, summarise them with citations.
 *
 * <pre>{@code
 * Dossier dossier = Dossier.builder().words(150).focus("ceasefire talks").build();
 * Briefing briefing = dossier.brief(new ArticleLoader().load(List.of("news/")));
 * String markdown = Renderers.forFormat("md").render(briefing);
 * }</pre>
 *
 * <p>A {@code Dossier} is immutable and thread-safe; build it once and brief many clusters with it.
 */
public final class Dossier {
    private final SummaryOptions options;
    private final ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Headlines headlines = new Headlines();
    private final Summarizer summarizer;

    private Dossier(SummaryOptions options) {
        this.options = options;
        this.summarizer = new Summarizer(options);
    }

    /** A builder with the defaults: {@link SummaryOptions#DEFAULT_WORDS} words, no focus. */
    public static Builder builder() {
        return new Builder();
    }

    /** The summary options this instance uses. */
    public SummaryOptions options() {
        return options;
    }

    /** Briefs the articles of a read result; its skipped inputs are carried into the briefing. */
    public Briefing brief(ReadResult read) {
        return brief(read.articles(), read.skipped());
    }

    /** Briefs {@code articles}, numbered as sources in the order given. */
    public Briefing brief(List<Article> articles) {
        return brief(articles, List.of());
    }

    private Briefing brief(List<Article> articles, List<Issue> alreadySkipped) {
        List<Issue> skipped = new ArrayList<>(alreadySkipped);
        List<AnalysedArticle> analysed = new ArrayList<>();
        List<SourceRef> sources = new ArrayList<>();
        for (Article raw : articles) {
            Article clean = cleaner.clean(raw);
            if (clean.text().isBlank()) {
                skipped.add(new Issue(raw.origin() == null ? raw.id() : raw.origin(),
                        "no article text left after removing page furniture"));
                continue;
            }
            int index = analysed.size();
            analysed.add(new AnalysedArticle(index, clean, splitter.split(index, clean.text())));
            sources.add(SourceRef.of(index + 1, clean));
        }
        List<SummarySentence> summary = summarizer.summarise(analysed);
        String headline = headlines.choose(analysed, summary);
        return new Briefing(headline, summary, sources, skipped, options.focus(), options.words());
    }

    /** Reads the named files, folders or globs and briefs them. */
    public Briefing brief(String... paths) {
        return brief(new ArticleLoader().load(List.of(paths)));
    }

    /** Configures a {@link Dossier}. */
    public static final class Builder {
        private int words = SummaryOptions.DEFAULT_WORDS;
        private String focus;

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

        public Dossier build() {
            return new Dossier(new SummaryOptions(words, focus));
        }
    }
}
