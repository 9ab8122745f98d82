package org.dossier.group.stories;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dossier.group.events.DocumentSimilarity;

/**
 * Groups a news stream into stories, one article at a time, as the articles arrive: each article joins the story
 * it is most like, if that is similar enough, or starts a new one. A story here is one event and its coverage
 * (one harbour strike and its aftermath), not a topic (strikes).
 *
 * <h2>How an article is placed</h2>
 * <ol>
 *   <li><b>Weigh.</b> Its terms, names and reported days ({@code DocumentFeatures}) are TF-IDF weighted against
 *       the document frequencies of everything seen so far, and cut to the strongest
 *       {@link StorySettings#articleTerms()} of each family.</li>
 *   <li><b>Find candidates.</b> An inverted index ({@link CandidateIndex}) lists every active story under the
 *       strongest features of its centroid; the article looks up its own strongest features. Only stories active
 *       within the time window qualify: for a dated article, stories whose dates come within
 *       {@link StorySettings#windowDays()} of its date; for an undated one (or an undated story), stories updated
 *       within the last {@link StorySettings#windowArrivals()} arrivals. The best {@link StorySettings#candidates()}
 *       by a rough index score are compared in full.</li>
 *   <li><b>Compare.</b> The similarity to a story is the article's estimated <em>mean</em> similarity to the
 *       story's members, i.e. the average linkage of the batch clustering, computed in one pass from the story's
 *       centroid (see {@link Centroid}), with terms, names and days mixed as in {@link DocumentSimilarity}.</li>
 *   <li><b>Decide.</b> The article joins the most similar candidate when that similarity reaches
 *       {@link StorySettings#threshold()}, else it starts a new story.</li>
 * </ol>
 *
 * <h2>Bounded cost</h2>
 * The work per article is its own features times the lengths of a few posting lists, and posting lists only hold
 * active stories. Stories retire from memory when the stream has moved past their window (checked every
 * {@value #RETIRE_EVERY} arrivals), or, beyond {@link StorySettings#maxActiveStories()}, least recently updated
 * first. A retired story keeps only its listing ({@link Story}): members, sources, dates, headline. So the
 * memory of the index depends on how much news is in flight, not on the length of the stream; what grows is the
 * listing (member ids) and the document-frequency table, itself bounded (see {@link DocumentFrequencies}).
 *
 * <h2>Use</h2>
 * <pre>{@code
 * StoryClusterer stories = new StoryClusterer();                // StorySettings.DEFAULT
 * DocumentFeaturizer featurizer = new DocumentFeaturizer();      // thread-safe: featurise in parallel if you like
 * StoryAssignment a = stories.assign(StreamArticle.of(cleanedArticle, featurizer));
 * a.storyId(); a.isNew(); a.similarity();
 * List<Story> all = stories.stories();                           // active and retired, in order of creation
 * StoryClustererSnapshot saved = stories.snapshot();             // persist with StorySnapshots.write(...)
 * StoryClusterer resumed = StoryClusterer.restore(saved);         // same further assignments
 * }</pre>
 *
 * <p>Not thread-safe: one clusterer is fed by one thread, in arrival order.
 */
public final class StoryClusterer {
    /** How often (in arrivals) the active stories are checked for retirement. */
    static final int RETIRE_EVERY = 256;

    private final StorySettings settings;
    private final StreamFrequencies df;
    private final CandidateIndex index = new CandidateIndex();
    /** Active stories by id, least recently updated first (re-inserted on every update). */
    private final LinkedHashMap<String, StoryState> active = new LinkedHashMap<>();
    /** Retired stories by id, in order of retirement. */
    private final LinkedHashMap<String, Story> retired = new LinkedHashMap<>();
    private long arrivals;
    private LocalDate latestDate;
    private long nextNumber = 1;

    /** A clusterer with {@link StorySettings#DEFAULT}. */
    public StoryClusterer() {
        this(StorySettings.DEFAULT);
    }

    public StoryClusterer(StorySettings settings) {
        this(settings, StreamFrequencies.empty());
    }

    private StoryClusterer(StorySettings settings, StreamFrequencies df) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.df = df;
    }

    public StorySettings settings() {
        return settings;
    }

    /** Places one article (the next in arrival order) in a story and returns where it went. */
    public StoryAssignment assign(StreamArticle article) {
        arrivals++;
        LocalDate date = article.published();
        if (date != null && (latestDate == null || date.isAfter(latestDate))) {
            latestDate = date;
        }
        if (arrivals % RETIRE_EVERY == 0) {
            retireOutOfWindow();
        }
        ArticleVectors vectors = df.addAndWeigh(article.features(), settings.articleTerms());
        StoryState best = null;
        double bestScore = 0;
        for (StoryState story : shortlist(vectors, date)) {
            double score = story.similarity(vectors, settings.weights());
            if (score > bestScore) {
                bestScore = score;
                best = story;
            }
        }
        boolean isNew = best == null || bestScore < settings.threshold();
        StoryState target = isNew ? newStory() : best;
        target.add(article, vectors, isNew ? 0 : bestScore, arrivals, df, settings.storyTerms());
        index.update(target, df);
        active.remove(target.id);
        active.put(target.id, target);
        while (active.size() > settings.maxActiveStories()) {
            retire(active.values().iterator().next());
        }
        return new StoryAssignment(target.id, isNew, bestScore);
    }

    /** The candidates in the time window, best rough index score first, at most {@link StorySettings#candidates()}. */
    private List<StoryState> shortlist(ArticleVectors vectors, LocalDate date) {
        List<Map.Entry<StoryState, double[]>> found = new ArrayList<>(index.candidates(vectors).entrySet());
        found.removeIf(e -> !inWindow(e.getKey(), date));
        found.sort((a, b) -> {
            int c = Double.compare(b.getValue()[0], a.getValue()[0]);
            return c != 0 ? c : Long.compare(a.getKey().number, b.getKey().number);
        });
        List<StoryState> out = new ArrayList<>(Math.min(found.size(), settings.candidates()));
        for (int i = 0; i < found.size() && i < settings.candidates(); i++) {
            out.add(found.get(i).getKey());
        }
        return out;
    }

    /** Whether an article of {@code date} (null: undated) may join {@code story}. */
    private boolean inWindow(StoryState story, LocalDate date) {
        if (date != null && story.first != null) {
            long day = date.toEpochDay();
            return day >= story.first.toEpochDay() - settings.windowDays()
                    && day <= story.last.toEpochDay() + settings.windowDays();
        }
        return arrivals - story.lastArrival <= settings.windowArrivals();
    }

    private StoryState newStory() {
        long number = nextNumber++;
        return new StoryState("S" + number, number);
    }

    /**
     * Retires the stories no article can join any more: dated stories whose last date is more than the window
     * before the latest date seen, undated ones not updated for more than the arrival window.
     */
    private void retireOutOfWindow() {
        List<StoryState> out = new ArrayList<>();
        for (StoryState s : active.values()) {
            boolean stale = s.last != null && latestDate != null
                    ? ChronoUnit.DAYS.between(s.last, latestDate) > settings.windowDays()
                    : arrivals - s.lastArrival > settings.windowArrivals();
            if (stale) {
                out.add(s);
            }
        }
        out.forEach(this::retire);
    }

    private void retire(StoryState s) {
        index.remove(s);
        active.remove(s.id);
        retired.put(s.id, s.summary(false));
    }

    /** Every story, active and retired, in order of creation. */
    public List<Story> stories() {
        List<Story> all = new ArrayList<>(active.size() + retired.size());
        all.addAll(retired.values());
        for (StoryState s : active.values()) {
            all.add(s.summary(true));
        }
        all.sort((a, b) -> Long.compare(number(a.id()), number(b.id())));
        return all;
    }

    /** One story by id, or null. */
    public Story story(String id) {
        StoryState s = active.get(id);
        return s != null ? s.summary(true) : retired.get(id);
    }

    /** How many stories are held in memory with their centroids (the rest are listed only). */
    public int activeStories() {
        return active.size();
    }

    /** How many stories there are in all. */
    public int storyCount() {
        return active.size() + retired.size();
    }

    /** How many articles were assigned. */
    public long arrivals() {
        return arrivals;
    }

    private static long number(String id) {
        return Long.parseLong(id.substring(1));
    }

    // ---- snapshots -------------------------------------------------------------------------------------------

    /** The whole state as records, to be saved with {@link StorySnapshots}. */
    public StoryClustererSnapshot snapshot() {
        List<StoryClustererSnapshot.ActiveStory> activeOut = new ArrayList<>();
        for (StoryState s : active.values()) {
            List<StoryClustererSnapshot.Exemplar> exemplars = new ArrayList<>();
            for (StoryState.Exemplar e : s.exemplars) {
                exemplars.add(new StoryClustererSnapshot.Exemplar(e.id(), e.title(), e.score()));
            }
            activeOut.add(new StoryClustererSnapshot.ActiveStory(s.id, s.number, List.copyOf(s.members),
                    List.copyOf(s.outlets), iso(s.first), iso(s.last), s.lastArrival,
                    centroid(s.terms), centroid(s.names), centroid(s.dates), exemplars, List.copyOf(s.indexedTerms),
                    List.copyOf(s.indexedNames)));
        }
        List<StoryClustererSnapshot.RetiredStory> retiredOut = new ArrayList<>();
        for (Story s : retired.values()) {
            retiredOut.add(new StoryClustererSnapshot.RetiredStory(s.id(), s.memberIds(), s.sources(), iso(s.first()),
                    iso(s.last()), s.headline()));
        }
        return new StoryClustererSnapshot(StoryClustererSnapshot.VERSION, settings, arrivals, iso(latestDate),
                nextNumber, frequencies(df.terms()), frequencies(df.names()), frequencies(df.dates()), activeOut,
                retiredOut);
    }

    /** A clusterer that continues from a snapshot exactly as the one that took it would have. */
    public static StoryClusterer restore(StoryClustererSnapshot saved) {
        StreamFrequencies df = new StreamFrequencies(frequencies(saved.terms()), frequencies(saved.names()),
                frequencies(saved.dates()));
        StoryClusterer c = new StoryClusterer(saved.settings(), df);
        c.arrivals = saved.arrivals();
        c.latestDate = date(saved.latestDate());
        c.nextNumber = saved.nextNumber();
        for (StoryClustererSnapshot.RetiredStory r : saved.retired()) {
            c.retired.put(r.id(), new Story(r.id(), r.members().size(), r.sources(), date(r.first()), date(r.last()),
                    r.headline(), r.members(), false));
        }
        for (StoryClustererSnapshot.ActiveStory a : saved.active()) {
            StoryState s = new StoryState(a.id(), a.number());
            s.members.addAll(a.members());
            s.outlets.addAll(a.outlets());
            s.first = date(a.first());
            s.last = date(a.last());
            s.lastArrival = a.lastArrival();
            s.terms = Centroid.of(a.terms().members(), a.terms().mass());
            s.names = Centroid.of(a.names().members(), a.names().mass());
            s.dates = Centroid.of(a.dates().members(), a.dates().mass());
            for (StoryClustererSnapshot.Exemplar e : a.exemplars()) {
                s.exemplars.add(new StoryState.Exemplar(e.id(), e.title(), e.score()));
            }
            s.indexedTerms = List.copyOf(a.indexedTerms());
            s.indexedNames = List.copyOf(a.indexedNames());
            c.index.restore(s);
            c.active.put(s.id, s);
        }
        return c;
    }

    private static StoryClustererSnapshot.Frequencies frequencies(DocumentFrequencies f) {
        return new StoryClustererSnapshot.Frequencies(f.documents(), f.toMap());
    }

    private static DocumentFrequencies frequencies(StoryClustererSnapshot.Frequencies f) {
        return DocumentFrequencies.of(StreamFrequencies.CAPACITY, f.documents(), f.counts());
    }

    private static StoryClustererSnapshot.CentroidState centroid(Centroid c) {
        return new StoryClustererSnapshot.CentroidState(c.members(), c.toMap());
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
