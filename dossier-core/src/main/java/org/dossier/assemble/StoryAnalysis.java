package org.dossier.assemble;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dossier.analyse.entities.Entity;
import org.dossier.analyse.entities.EntityLinker;
import org.dossier.analyse.quotes.MergedQuote;
import org.dossier.analyse.quotes.Quote;
import org.dossier.analyse.quotes.QuoteExtractor;
import org.dossier.analyse.quotes.QuoteMerger;
import org.dossier.compare.Comparison;
import org.dossier.compare.StoryComparer;
import org.dossier.group.events.EventSeparator;
import org.dossier.group.events.StoryEvents;
import org.dossier.group.events.Timeline;
import org.dossier.model.Agreement;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Discrepancy;
import org.dossier.model.EntityReport;
import org.dossier.model.EventReport;
import org.dossier.model.QuoteReport;
import org.dossier.model.TimelineItem;

/**
 * Everything a briefing shows besides the summary, for one story: runs the analysis stages on the analysed
 * articles and turns their results into the briefing's records, each with citations
 * ({@code Citation(articleIndex + 1, sentence index, sentence text)}, as the summary cites).
 *
 * <pre>{@code
 * StoryAnalysis.Result r = new StoryAnalysis(Section.all()).analyse(analysedArticles);
 * r.events(); r.timeline(); r.quotes(); r.entities(); r.agreements(); r.discrepancies();
 * }</pre>
 *
 * <p>The stages, and who needs them:
 * <ul>
 *   <li>{@link EventSeparator} (events and timeline) for {@link Section#EVENTS}, {@link Section#TIMELINE} and
 *       {@link Section#COMPARISON}, since the comparison tells values about different events apart;</li>
 *   <li>{@link EntityLinker} for {@link Section#ENTITIES} and {@link Section#QUOTES} (speakers get the entity's
 *       canonical name);</li>
 *   <li>{@link QuoteExtractor} per article, then {@link QuoteMerger}, for {@link Section#QUOTES};</li>
 *   <li>{@link StoryComparer} for {@link Section#COMPARISON}.</li>
 * </ul>
 * A stage no requested section needs does not run. The conversions (filters, speaker names, citations) are in
 * {@link EventReports}, {@link TimelineItems}, {@link QuoteReports} and {@link EntityReports}.
 *
 * <p>Immutable and thread-safe, like the stages it holds.
 */
public final class StoryAnalysis {
    private final EnumSet<Section> sections;
    private final EventSeparator events = new EventSeparator();
    private final EntityLinker linker = new EntityLinker();
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final QuoteMerger merger = new QuoteMerger();
    private final StoryComparer comparer = new StoryComparer();

    /**
     * Receives how long each stage took; for benchmarks. Stage names: {@code "events"}, {@code "entities"},
     * {@code "quotes"}, {@code "compare"} and {@code "assemble"} (the conversions into briefing records).
     */
    @FunctionalInterface
    public interface StageTimer {
        /** A timer that records nothing. */
        StageTimer NONE = (stage, nanos) -> { };

        void record(String stage, long nanos);

        /**
         * The clock the stages are timed with, in nanoseconds: wall time by default; a benchmark on a busy machine
         * may return the thread's CPU time instead.
         */
        default long now() {
            return System.nanoTime();
        }
    }

    /**
     * The briefing sections of one story; each list is empty when its section was not requested or nothing was
     * found.
     */
    public record Result(List<EventReport> events, List<TimelineItem> timeline, List<QuoteReport> quotes,
                         List<EntityReport> entities, List<Agreement> agreements, List<Discrepancy> discrepancies) {
        public Result {
            events = List.copyOf(events);
            timeline = List.copyOf(timeline);
            quotes = List.copyOf(quotes);
            entities = List.copyOf(entities);
            agreements = List.copyOf(agreements);
            discrepancies = List.copyOf(discrepancies);
        }

        /** No section at all: what a summary-only briefing has. */
        public static Result empty() {
            return new Result(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
    }

    /** An analysis filling every section. */
    public StoryAnalysis() {
        this(Section.all());
    }

    /** An analysis filling only {@code sections} (an empty set makes {@link #analyse} return empty lists). */
    public StoryAnalysis(Set<Section> sections) {
        this.sections = EnumSet.noneOf(Section.class);
        this.sections.addAll(sections);
    }

    /** The sections this analysis fills. */
    public Set<Section> sections() {
        return EnumSet.copyOf(sections);
    }

    /** The sections of the story told by {@code articles} (cleaned and split, numbered by their index). */
    public Result analyse(List<AnalysedArticle> articles) {
        return analyse(articles, StageTimer.NONE);
    }

    /** As {@link #analyse(List)}, reporting each stage's time to {@code timer}. */
    public Result analyse(List<AnalysedArticle> articles, StageTimer timer) {
        if (articles.isEmpty() || sections.isEmpty()) {
            return Result.empty();
        }
        Story story = new Story(articles);
        boolean wantEvents = wants(Section.EVENTS) || wants(Section.TIMELINE) || wants(Section.COMPARISON);
        // the events' "who" keeps the names the linker knows as people, under their canonical names
        boolean wantEntities = wants(Section.ENTITIES) || wants(Section.QUOTES) || wants(Section.EVENTS);

        long t = timer.now();
        StoryEvents storyEvents = wantEvents ? events.separate(articles)
                : new StoryEvents(List.of(), new Timeline(List.of()));
        t = lap(timer, "events", t, wantEvents);
        List<Entity> entities = wantEntities ? linker.link(articles) : List.of();
        t = lap(timer, "entities", t, wantEntities);
        List<MergedQuote> merged = List.of();
        if (wants(Section.QUOTES)) {
            List<Quote> found = new ArrayList<>();
            for (AnalysedArticle a : articles) {
                found.addAll(quotes.extract(a));
            }
            merged = merger.merge(found);
        }
        t = lap(timer, "quotes", t, wants(Section.QUOTES));
        Comparison comparison = wants(Section.COMPARISON) ? comparer.compare(articles, storyEvents)
                : new Comparison(List.of(), List.of());
        t = lap(timer, "compare", t, wants(Section.COMPARISON));

        Result result = new Result(
                wants(Section.EVENTS) ? EventReports.build(storyEvents.events(), story, entities) : List.of(),
                wants(Section.TIMELINE) ? TimelineItems.build(storyEvents.timeline()) : List.of(),
                wants(Section.QUOTES) ? QuoteReports.build(merged, new EntityDirectory(entities), story) : List.of(),
                wants(Section.ENTITIES) ? EntityReports.build(entities, story) : List.of(),
                comparison.agreements(),
                comparison.discrepancies());
        lap(timer, "assemble", t, true);
        return result;
    }

    private boolean wants(Section s) {
        return sections.contains(s);
    }

    private static long lap(StageTimer timer, String stage, long since, boolean ran) {
        long now = timer.now();
        if (ran) {
            timer.record(stage, now - since);
        }
        return now;
    }
}
