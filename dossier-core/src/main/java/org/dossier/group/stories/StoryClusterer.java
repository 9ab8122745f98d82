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
import org.dossier.group.events.EventClusterer;

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
 *   <li><b>Decide.</b> In the {@link #singlePass single-pass} version, the article joins the most similar
 *       candidate when that similarity reaches {@link StorySettings#threshold()}, else it starts a new story, and
 *       that is final. The default version <em>revises</em> instead (below).</li>
 * </ol>
 *
 * <h2>Revisions</h2>
 * The last {@value #REVISE_WINDOW} articles are kept with their vectors (no text) and their stories are revised
 * with the criterion of the batch stream clustering: pair similarities with today's document frequencies,
 * relative to nearest neighbours, average link at {@code EventClusterer.STREAM_THRESHOLD}.
 * <ul>
 *   <li>on every arrival, the article and the newest members of its {@value #REVISE_STORIES} nearest candidate
 *       stories are re-clustered from scratch ({@link NeighbourhoodClustering}): this places the article, and may
 *       split a story or merge two;</li>
 *   <li>each time a {@value #WINDOW_REVISION_SHARE}th of {@value #WINDOW_REVISION_ARTICLES} articles have arrived,
 *       the newest {@value #WINDOW_REVISION_ARTICLES} window articles of active stories are re-clustered whole
 *       ({@link WindowClustering}).</li>
 * </ul>
 * New groups take over story ids by overlap (older id on ties, so a merge keeps the older story; a split makes a
 * new one); moved members and dissolved stories are reported by {@link #drainChanges()}, so that a store can
 * follow.
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
 * for (StoryChange m : stories.drainChanges().moves()) { ... m.articleId() is now in m.to() ... }
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

    /**
     * A dated story also stays active while it was updated within this many arrivals, however far the latest
     * date seen has moved on. In a live stream, dates advance with arrivals and this changes nothing; in an archive
     * ingested out of date order (one event of 2009, then one of 2013, then 2009 again), the latest date jumps
     * years ahead while an event's articles are still arriving, and without the grace its story would retire
     * before its next article and that article would start a new story. Never longer than
     * {@link StorySettings#windowArrivals()}, the arrival clock of undated stories.
     */
    static final int RETIRE_GRACE_ARRIVALS = 2_000;

    /** Recent articles kept with their vectors so that their story can still be revised. */
    static final int REVISE_WINDOW = 2_000;
    /** How many of the most similar candidate stories make up an arriving article's neighbourhood. */
    static final int REVISE_STORIES = 3;
    /** At most this many articles are re-clustered per arrival (the newest members of the neighbour stories). */
    static final int REVISE_LIMIT = 120;
    /**
     * A candidate story is a neighbour when its centroid similarity reaches this share of the threshold: stories
     * clearly unrelated to the article are not re-clustered on its account.
     */
    static final double NEIGHBOUR_SHARE = 0.5;

    /**
     * The newest articles of active stories re-clustered whole, every {@link #WINDOW_REVISION_SHARE}th of this
     * many arrivals (see {@link #reviseWindow()}): about a day of a busy stream, and the cost per article of
     * these passes grows with it (pairs of the window over arrivals between passes).
     */
    static final int WINDOW_REVISION_ARTICLES = 500;
    /** The window pass runs each time this share of its articles are new arrivals (every 125 by default) ... */
    static final int WINDOW_REVISION_SHARE = 4;
    /** ... but not more often than every this many arrivals (early in a stream, when the window is small). */
    static final int WINDOW_REVISION_MIN = 32;

    private final StorySettings settings;
    private final boolean revising;
    private final NeighbourhoodClustering neighbourhood;
    private final StreamFrequencies df;
    /** The window of revisable articles by id, oldest arrival first. */
    private final LinkedHashMap<String, WindowArticle> window = new LinkedHashMap<>();
    private final WindowClustering windowClustering;
    /** The arrival count at the last re-clustering of the whole window. */
    private long lastWindowRevision;
    private final List<StoryChange> moves = new ArrayList<>();
    private final List<String> dissolved = new ArrayList<>();
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
        this(settings, StreamFrequencies.empty(), true);
    }

    /**
     * The clusterer without revisions: every decision is final (the first version; kept to measure what
     * revising buys, and for callers that cannot follow moves).
     */
    public static StoryClusterer singlePass(StorySettings settings) {
        return new StoryClusterer(settings, StreamFrequencies.empty(), false);
    }

    private StoryClusterer(StorySettings settings, StreamFrequencies df, boolean revising) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.df = df;
        this.revising = revising;
        this.windowClustering = new WindowClustering(settings.weights(), EventClusterer.STREAM_THRESHOLD,
                settings.threshold());
        this.neighbourhood = new NeighbourhoodClustering(settings.weights(), EventClusterer.STREAM_THRESHOLD,
                settings.threshold());
    }

    /** Whether earlier decisions are revised as articles arrive (see {@link #drainChanges()}). */
    public boolean revising() {
        return revising;
    }

    public StorySettings settings() {
        return settings;
    }

    /** Places one article (the next in arrival order) in a story and returns where it went. */
    public StoryAssignment assign(StreamArticle article) {
        arrive(article);
        return place(article);
    }

    /** Counts an arrival: the clock moves on, and every {@value #RETIRE_EVERY} arrivals stale stories retire. */
    private void arrive(StreamArticle article) {
        arrivals++;
        LocalDate date = article.published();
        if (date != null && (latestDate == null || date.isAfter(latestDate))) {
            latestDate = date;
        }
        if (arrivals % RETIRE_EVERY == 0) {
            retireOutOfWindow();
        }
    }

    /** Places an arrived article by searching for its story (see {@link #assign}). */
    private StoryAssignment place(StreamArticle article) {
        LocalDate date = article.published();
        ArticleVectors vectors = df.addAndWeigh(article.features(), settings.articleTerms());
        List<StoryState> shortlist = shortlist(vectors, date);
        double[] scores = new double[shortlist.size()];
        StoryState best = null;
        double bestScore = 0;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = shortlist.get(i).similarity(vectors, settings.weights());
            if (scores[i] > bestScore) {
                bestScore = scores[i];
                best = shortlist.get(i);
            }
        }
        StoryAssignment result;
        if (revising) {
            result = revise(article, vectors, neighbours(shortlist, scores), bestScore);
            if (arrivals - lastWindowRevision >= Math.max(WINDOW_REVISION_MIN,
                    Math.min(window.size(), WINDOW_REVISION_ARTICLES) / WINDOW_REVISION_SHARE)) {
                reviseWindow();
                result = new StoryAssignment(window.get(article.id()).story, result.isNew(), result.similarity());
            }
        } else {
            boolean isNew = best == null || bestScore < settings.threshold();
            StoryState target = isNew ? newStory() : best;
            target.add(article, vectors, isNew ? 0 : bestScore, arrivals, df, settings.storyTerms());
            index.update(target, df);
            touch(target);
            result = new StoryAssignment(target.id, isNew, bestScore);
        }
        while (active.size() > settings.maxActiveStories()) {
            retire(active.values().iterator().next());
        }
        return result;
    }

    /**
     * Places an article in a story chosen by the caller, without searching: a near-duplicate (a syndicated copy,
     * an updated version) joining the story of its original. The copy counts as a member like any other: it adds
     * its outlet to the story's sources and its features to the centroid, and it enters the revision window, so
     * later revisions move it with its story's other members and report it. It is far cheaper than {@link #assign}:
     * no candidates are scored and no neighbourhood is re-clustered (the periodic whole-window pass still runs on
     * schedule, so the order of passes does not depend on how many copies arrived).
     *
     * <p>When {@code storyId} is no longer active (retired, dissolved, unknown), the article is placed by
     * {@link #assign} instead.
     */
    public StoryAssignment join(StreamArticle article, String storyId) {
        arrive(article);
        StoryState target = storyId == null ? null : active.get(storyId);
        if (target == null) {
            return place(article);
        }
        ArticleVectors vectors = df.addAndWeigh(article.features(), settings.articleTerms());
        target.add(article, vectors, 0, arrivals, df, settings.storyTerms());
        index.update(target, df);
        touch(target);
        StoryAssignment result = new StoryAssignment(target.id, false, 1);
        if (revising) {
            WindowArticle arriving = new WindowArticle(article.id(), article.title(), article.outlet(),
                    article.published(), arrivals, vectors, target.id);
            window.remove(arriving.id);
            window.put(arriving.id, arriving);
            while (window.size() > REVISE_WINDOW) {
                window.remove(window.keySet().iterator().next());
            }
            if (arrivals - lastWindowRevision >= Math.max(WINDOW_REVISION_MIN,
                    Math.min(window.size(), WINDOW_REVISION_ARTICLES) / WINDOW_REVISION_SHARE)) {
                reviseWindow();
                result = new StoryAssignment(window.get(article.id()).story, false, 1);
            }
        }
        while (active.size() > settings.maxActiveStories()) {
            retire(active.values().iterator().next());
        }
        return result;
    }

    /** Marks a story as the most recently updated. */
    private void touch(StoryState story) {
        active.remove(story.id);
        active.put(story.id, story);
    }

    /** The {@value #REVISE_STORIES} candidates most like the article, if like enough to be its neighbours. */
    private List<StoryState> neighbours(List<StoryState> shortlist, double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Double.compare(scores[b], scores[a]);
            return c != 0 ? c : Long.compare(shortlist.get(a).number, shortlist.get(b).number);
        });
        List<StoryState> out = new ArrayList<>(REVISE_STORIES);
        for (int i = 0; i < order.length && out.size() < REVISE_STORIES; i++) {
            if (scores[order[i]] >= NEIGHBOUR_SHARE * settings.threshold()) {
                out.add(shortlist.get(order[i]));
            }
        }
        return out;
    }

    /**
     * Places the article by re-clustering its neighbourhood: the article and the recent members of its neighbour
     * stories, compared pairwise with today's weights and grouped by average link (see
     * {@link NeighbourhoodClustering}). The new groups take over story ids by overlap: each group the id of the
     * story most of its members were in (the oldest story on ties, so a merge keeps the older id), one id per
     * group; groups left without an id (a split) become new stories. Members that end up elsewhere are moved and
     * the moves recorded for {@link #drainChanges()}; a story left empty is dissolved.
     */
    private StoryAssignment revise(StreamArticle article, ArticleVectors vectors, List<StoryState> neighbours,
                                   double bestScore) {
        WindowArticle arriving = new WindowArticle(article.id(), article.title(), article.outlet(),
                article.published(), arrivals, vectors, null);
        List<WindowArticle> hood = new ArrayList<>();
        hood.add(arriving);
        for (StoryState story : neighbours) {
            for (int i = story.members.size() - 1; i >= 0 && hood.size() < REVISE_LIMIT; i--) {
                WindowArticle member = window.get(story.members.get(i));
                if (member != null) {
                    hood.add(member);
                }
            }
        }
        int[] labels;
        NeighbourhoodClustering.Result clustered = null;
        if (hood.size() == 1) {
            labels = new int[] {0};
        } else {
            clustered = neighbourhood.cluster(hood, df);
            labels = clustered.labels();
        }
        String[] storyOf = storiesByOverlap(hood, labels, 1);
        final NeighbourhoodClustering.Result scored = clustered;
        java.util.Set<StoryState> touched = moveMembers(hood, labels, storyOf, 1,
                i -> scored.meanToCluster(i));
        StoryState target = active.get(storyOf[labels[0]]);
        boolean isNew = target.members.isEmpty();
        double similarity = clustered == null || isNew ? bestScore : clustered.meanToCluster(0);
        target.add(article, vectors, isNew ? 0 : similarity, arrivals, df, settings.storyTerms());
        arriving.story = target.id;
        window.remove(arriving.id);
        window.put(arriving.id, arriving);
        while (window.size() > REVISE_WINDOW) {
            window.remove(window.keySet().iterator().next());
        }
        touched.remove(target);
        settle(touched);
        if (touched.isEmpty()) {
            index.update(target, df);
        } else {
            index.refresh(target, df);
        }
        touch(target);
        return new StoryAssignment(target.id, isNew, similarity);
    }

    /**
     * Moves the members of {@code hood} from index {@code from} on to the story of their new group, recording the
     * moves; {@code score} gives a moved member's similarity to its new story (for headline candidacy).
     *
     * @return the stories that lost or gained members
     */
    private java.util.Set<StoryState> moveMembers(List<WindowArticle> hood, int[] labels, String[] storyOf, int from,
                                                  java.util.function.IntToDoubleFunction score) {
        java.util.Set<StoryState> touched = new java.util.LinkedHashSet<>();
        for (int i = from; i < hood.size(); i++) {
            WindowArticle member = hood.get(i);
            String to = storyOf[labels[i]];
            if (!to.equals(member.story)) {
                StoryState origin = active.get(member.story);
                StoryState into = active.get(to);
                origin.remove(member);
                into.addMoved(member, score.applyAsDouble(i), arrivals, df, settings.storyTerms(),
                        this::arrivalOf);
                moves.add(new StoryChange(member.id, member.story, to));
                member.story = to;
                touched.add(origin);
                touched.add(into);
            }
        }
        return touched;
    }

    /** Dissolves the touched stories left empty and re-indexes the others. */
    private void settle(java.util.Set<StoryState> touched) {
        for (StoryState s : touched) {
            if (s.members.isEmpty()) {
                index.remove(s);
                active.remove(s.id);
                dissolved.add(s.id);
            } else {
                index.refresh(s, df);
            }
        }
    }

    /**
     * Re-clusters every window article of an active story ({@link WindowClustering}) and moves them to their new
     * groups' stories, ids kept by overlap as in {@link #revise}. Run when the window has changed enough since the
     * last time: the neighbourhood revisions of single arrivals see a few stories at a time, this one sees the
     * window whole, with today's weights for every article.
     */
    private void reviseWindow() {
        List<WindowArticle> hood = new ArrayList<>(window.size());
        for (WindowArticle w : window.values()) {
            if (active.containsKey(w.story)) {
                hood.add(w);
            }
        }
        lastWindowRevision = arrivals;
        if (hood.size() > WINDOW_REVISION_ARTICLES) {
            hood = new ArrayList<>(hood.subList(hood.size() - WINDOW_REVISION_ARTICLES, hood.size()));
        }
        if (hood.size() < 2) {
            return;
        }
        int[] labels = windowClustering.cluster(hood, df);
        String[] storyOf = storiesByOverlap(hood, labels, 0);
        java.util.Set<StoryState> touched = moveMembers(hood, labels, storyOf, 0, i -> 0);
        settle(touched);
    }

    /**
     * The story id each group takes: greedily by overlap, largest first, the older story first on ties; each id
     * goes to one group; groups without one get new stories (created, empty, in group order).
     */
    private String[] storiesByOverlap(List<WindowArticle> hood, int[] labels, int from) {
        int groups = 0;
        for (int l : labels) {
            groups = Math.max(groups, l + 1);
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int i = from; i < hood.size(); i++) {
            String key = labels[i] + " " + hood.get(i).story;
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
        }
        List<Map.Entry<String, int[]>> rows = new ArrayList<>(counts.entrySet());
        rows.sort((a, b) -> {
            int c = Integer.compare(b.getValue()[0], a.getValue()[0]);
            return c != 0 ? c : Long.compare(number(storyPart(a.getKey())), number(storyPart(b.getKey())));
        });
        String[] storyOf = new String[groups];
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Map.Entry<String, int[]> row : rows) {
            int group = Integer.parseInt(row.getKey().substring(0, row.getKey().indexOf(' ')));
            String story = storyPart(row.getKey());
            if (storyOf[group] == null && !taken.contains(story)) {
                storyOf[group] = story;
                taken.add(story);
            }
        }
        for (int g = 0; g < groups; g++) {
            if (storyOf[g] == null) {
                StoryState created = newStory();
                active.put(created.id, created);
                storyOf[g] = created.id;
            }
        }
        return storyOf;
    }

    private static String storyPart(String key) {
        return key.substring(key.indexOf(' ') + 1);
    }

    /** The arrival of a window article, or -1 for an article that left the window (it arrived earlier). */
    private long arrivalOf(String articleId) {
        WindowArticle w = window.get(articleId);
        return w == null ? -1 : w.arrival;
    }

    /**
     * The revisions since the last call: articles moved to another story and stories dissolved into others. The
     * store applies them in order to keep its story fields equal to {@link #story(String)}'s listing. Revisions
     * only touch recent articles (the last {@value #REVISE_WINDOW}) of active stories.
     */
    public StoryChanges drainChanges() {
        StoryChanges out = new StoryChanges(moves, dissolved);
        moves.clear();
        dissolved.clear();
        return out;
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
                            && arrivals - s.lastArrival > Math.min(RETIRE_GRACE_ARRIVALS, settings.windowArrivals())
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
                    outletsOf(s), iso(s.first), iso(s.last), s.lastArrival,
                    centroid(s.terms), centroid(s.names), centroid(s.dates), exemplars, List.copyOf(s.indexedTerms),
                    List.copyOf(s.indexedNames)));
        }
        List<StoryClustererSnapshot.RetiredStory> retiredOut = new ArrayList<>();
        for (Story s : retired.values()) {
            retiredOut.add(new StoryClustererSnapshot.RetiredStory(s.id(), s.memberIds(), s.sources(), iso(s.first()),
                    iso(s.last()), s.headline()));
        }
        List<StoryClustererSnapshot.WindowEntry> windowOut = new ArrayList<>(window.size());
        for (WindowArticle w : window.values()) {
            windowOut.add(new StoryClustererSnapshot.WindowEntry(w.id, w.title, w.outlet, iso(w.published),
                    w.arrival, w.story, w.vectors.terms().massMap(), w.vectors.names().massMap(),
                    w.vectors.dates().massMap()));
        }
        return new StoryClustererSnapshot(StoryClustererSnapshot.VERSION, settings, arrivals, iso(latestDate),
                nextNumber, frequencies(df.terms()), frequencies(df.names()), frequencies(df.dates()), activeOut,
                retiredOut, revising, windowOut, lastWindowRevision);
    }

    /** A clusterer that continues from a snapshot exactly as the one that took it would have. */
    public static StoryClusterer restore(StoryClustererSnapshot saved) {
        StreamFrequencies df = new StreamFrequencies(frequencies(saved.terms()), frequencies(saved.names()),
                frequencies(saved.dates()));
        StoryClusterer c = new StoryClusterer(saved.settings(), df, saved.revising());
        c.lastWindowRevision = saved.lastWindowRevision();
        for (StoryClustererSnapshot.WindowEntry w : saved.window()) {
            ArticleVectors vectors = new ArticleVectors(FamilyVector.ofMasses(w.terms(), df.terms()),
                    FamilyVector.ofMasses(w.names(), df.names()), FamilyVector.ofMasses(w.dates(), df.dates()));
            c.window.put(w.id(), new WindowArticle(w.id(), w.title(), w.outlet(), date(w.published()), w.arrival(),
                    vectors, w.story()));
        }
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
            a.outlets().forEach(o -> s.outlets.merge(o, 1, Integer::sum));
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

    /** A story's outlets, each repeated once per member from it (so that restored counts are exact). */
    private static List<String> outletsOf(StoryState s) {
        List<String> out = new ArrayList<>();
        s.outlets.forEach((outlet, n) -> {
            for (int i = 0; i < n; i++) {
                out.add(outlet);
            }
        });
        return out;
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
