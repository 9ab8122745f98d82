package org.dossier.group.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.analyse.dates.TemporalTagger;
import org.dossier.analyse.terms.Stopwords;
import org.dossier.analyse.terms.TermAnalyzer;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Sentence;

/**
 * Splits the articles of one story into its distinct events and describes each: what happened, where, when, who
 * took part, how long it lasted, and which articles report it; plus a timeline of the story.
 *
 * <p>How:
 * <ol>
 *   <li>every sentence is tagged for dates ({@link TemporalTagger}, relative dates resolved against the article's
 *       publication date when it is known) and for event words ({@link EventWords});</li>
 *   <li>articles are compared as wholes ({@link DocumentFeaturizer}: content terms, names, resolved dates; TF-IDF
 *       over this story) and grouped by average-link clustering with a threshold
 *       ({@link EventClusterer#forStory()}), which decides the number of events itself; one event is a valid
 *       answer;</li>
 *   <li>each group is described by {@code EventDescriber}, and the timeline built from every resolved date.</li>
 * </ol>
 *
 * <p>An article that covers two events is assigned to the one it mostly covers (the clustering compares whole
 * articles); it is still listed among the {@link StoryEvent#sources() sources} of the other event when one of its
 * event sentences reports that event's date or place.
 *
 * <pre>{@code
 * StoryEvents result = new EventSeparator().separate(analysedArticles);
 * for (StoryEvent e : result.events()) {
 *     System.out.println(e.id() + " " + e.when() + " " + e.where() + " " + e.what().text());
 * }
 * }</pre>
 *
 * <p>Thread-safe; a story of ten articles takes a few milliseconds once warm.
 */
public final class EventSeparator {
    private final TemporalTagger tagger;
    private final TermAnalyzer analyzer;
    private final DocumentFeaturizer featurizer;
    private final EventClusterer clusterer;

    public EventSeparator() {
        this(EventClusterer.forStory());
    }

    public EventSeparator(EventClusterer clusterer) {
        this.tagger = new TemporalTagger();
        this.analyzer = new TermAnalyzer();
        this.featurizer = new DocumentFeaturizer(analyzer, Stopwords.english(), tagger);
        this.clusterer = clusterer;
    }

    /** The events and timeline of the story told by {@code articles} (cleaned and split into sentences). */
    public StoryEvents separate(List<AnalysedArticle> articles) {
        if (articles.isEmpty()) {
            return new StoryEvents(List.of(), new Timeline(List.of()));
        }
        TaggedStory story = new TaggedStory(articles, tagger, analyzer);
        List<DocumentFeatures> features = new ArrayList<>(articles.size());
        for (int a = 0; a < story.size(); a++) {
            AnalysedArticle article = story.article(a);
            features.add(featurizer.features(documentText(article), story.mentions(a), lead(article)));
        }
        int[] labels = clusterer.cluster(features);
        List<List<Integer>> clusters = new ArrayList<>();
        for (int a = 0; a < labels.length; a++) {
            while (clusters.size() <= labels[a]) {
                clusters.add(new ArrayList<>());
            }
            clusters.get(labels[a]).add(a);
        }
        List<StoryEvent> described = new EventDescriber(story, clusters, analyzer).describe();
        List<StoryEvent> events = numberByDate(described);
        return new StoryEvents(events, TimelineBuilder.build(story, events));
    }

    /** The title (when there is one) and first sentences: the part of a report that states its own event. */
    private static List<String> lead(AnalysedArticle article) {
        List<String> lead = new ArrayList<>(LeadEvidence.LEAD_SENTENCES + 1);
        if (article.article().title() != null) {
            lead.add(article.article().title());
        }
        for (Sentence s : article.sentences()) {
            if (lead.size() > LeadEvidence.LEAD_SENTENCES) {
                break;
            }
            lead.add(s.text());
        }
        return lead;
    }

    private static String documentText(AnalysedArticle article) {
        StringBuilder text = new StringBuilder();
        if (article.article().title() != null) {
            text.append(article.article().title()).append(".\n");
        }
        for (Sentence s : article.sentences()) {
            text.append(s.text()).append('\n');
        }
        return text.toString();
    }

    /** Orders events by date (undated last, then by first article) and gives them ids E1, E2, ... */
    private static List<StoryEvent> numberByDate(List<StoryEvent> events) {
        List<StoryEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(StoryEvent::when, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(e -> e.articles().get(0)));
        List<StoryEvent> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            StoryEvent e = sorted.get(i);
            out.add(new StoryEvent("E" + (i + 1), e.articles(), e.sources(), e.what(), e.where(), e.when(),
                    e.whenFromPublication(), e.who(), e.duration(), e.statedDurations(), e.whenStated()));
        }
        return out;
    }
}
