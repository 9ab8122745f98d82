package org.dossier.store.ingest;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.dossier.clean.CleanedPage;
import org.dossier.clean.ScrapedTextCleaner;
import org.dossier.group.stories.StreamArticle;
import org.dossier.model.Article;
import org.dossier.model.Issue;
import org.dossier.read.ArticleChecks;
import org.dossier.read.Limits;
import org.dossier.store.ArticleStore;
import org.dossier.store.Fingerprint;
import org.dossier.store.PageHeader;
import org.dossier.store.PutResult;
import org.dossier.store.StoryAssigner;

/**
 * Reads sources into an {@link ArticleStore}: clean each article, fingerprint it, put it, commit in batches.
 *
 * <p><b>Speed.</b> Cleaning and fingerprinting are most of the work and need no store, so they run on
 * {@link #threads(int) worker threads}; the calling thread reads the sources and puts the prepared articles in
 * input order, which keeps deduplication decisions the same as a single-threaded run. At most a small window of
 * articles is in flight, so memory does not grow with the input.
 *
 * <p><b>Time.</b> An article whose cleaning and analysis take longer than {@link Limits#maxArticleSeconds()} is
 * skipped with a report, and a fresh worker thread takes the stuck one's place, so one pathological page cannot
 * stall an unattended ingest. The stuck thread cannot be stopped from outside (the cleaner's loops do not poll for
 * interruption); it is a daemon, left to finish or to end with the process.
 *
 * <p>When the store has a {@link StoryAssigner} (e.g. a {@code StoryTracker}), its {@code prepare} step (story
 * features) also runs on the worker threads; the assignment itself happens in input order on the calling thread.
 *
 * <p><b>Acknowledgement.</b> The store commits every {@link #commitEvery(int) N articles} or
 * {@link #commitMillis(long) T milliseconds}, whichever comes first, and at the end. Only after a commit are the
 * batch's ids passed to {@link IngestListener#acknowledged}: an id acknowledged is on disk, whatever happens next.
 * Larger batches ingest faster (each commit syncs files to disk); smaller ones lose less work to a crash.
 *
 * <pre>{@code
 * try (ArticleStore store = ArticleStore.open(dir)) {
 *     IngestReport report = new Ingester(store).ingest(Sources.of(List.of("crawl.warc.gz")).sources());
 * }
 * }</pre>
 */
public final class Ingester {
    /** Issues kept in the report; the count goes on beyond, so memory stays bounded on very bad inputs. */
    public static final int MAX_ISSUES_KEPT = 1000;
    private static final int IN_FLIGHT_PER_THREAD = 32;

    private final ArticleStore store;
    private final ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private int commitEvery = 5000;
    /**
     * Each commit closes a Lucene segment, and every near-duplicate lookup seeks its 16 band terms in every
     * segment: commits every 5 s on a busy machine (a few hundred articles each) made those seeks the largest cost
     * of an ingest. 30 s keeps segments large; articles put since the last commit are looked up in memory.
     */
    private long commitMillis = 30_000;
    private IngestListener listener = new IngestListener() { };
    private ArticleChecks checks = new ArticleChecks(Limits.defaults());
    private Limits limits = Limits.defaults();
    /** Called on the worker thread before each article is prepared; tests use it to make one article slow. */
    private Consumer<Article> beforePrepare = article -> { };

    /** An ingester writing into {@code store}; the caller keeps ownership of the store (and closes it). */
    public Ingester(ArticleStore store) {
        this.store = store;
    }

    /** Worker threads for cleaning (default: one per core). */
    public Ingester threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = count;
        return this;
    }

    /** Commit after this many stored articles (default 5000). */
    public Ingester commitEvery(int articles) {
        if (articles < 1) {
            throw new IllegalArgumentException("commitEvery must be at least 1");
        }
        this.commitEvery = articles;
        return this;
    }

    /** Commit when this long has passed since the last commit and something is pending (default 30,000 ms). */
    public Ingester commitMillis(long millis) {
        this.commitMillis = millis;
        return this;
    }

    /**
     * Checks every article read against these limits (default {@link Limits#defaults()}), as {@code brief} does:
     * texts over the length limit cut, future dates dropped, other languages skipped; see {@link ArticleChecks}.
     * The readers' own limits (file size, line length, HTML depth, gzip) are given to {@link Sources#of}.
     */
    public Ingester limits(Limits limits) {
        this.checks = new ArticleChecks(limits);
        this.limits = limits;
        return this;
    }

    /** For tests: runs on the worker thread before each article is prepared. */
    Ingester beforePrepare(Consumer<Article> hook) {
        this.beforePrepare = hook;
        return this;
    }

    /** Receives acknowledgements, skipped inputs and progress. */
    public Ingester listener(IngestListener ingestListener) {
        this.listener = ingestListener;
        return this;
    }

    /** Ingests the sources in order and commits; the report counts everything that happened. */
    public IngestReport ingest(List<ArticleSource> sources) throws IOException {
        return ingest(sources, List.of(), sources.stream().mapToLong(ArticleSource::size).sum());
    }

    /**
     * Ingests the sources, counting {@code earlierIssues} (e.g. paths that did not exist) as skipped.
     *
     * @param totalBytes size of all sources, for progress (0 if unknown)
     */
    public IngestReport ingest(List<ArticleSource> sources, List<Issue> earlierIssues, long totalBytes)
            throws IOException {
        Run run = new Run(totalBytes);
        earlierIssues.forEach(run::skipped);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "dossier-ingest-clean");
                    t.setDaemon(true); // never keeps the JVM alive after an error, or stuck on a hostile page
                    return t;
                });
        run.pool = pool;
        try {
            for (ArticleSource source : sources) {
                run.bytesBefore = run.bytesDone;
                source.read(run);
                run.bytesDone = run.bytesBefore + source.size();
            }
            run.drain(0);
            run.commit();
        } finally {
            pool.shutdownNow();
        }
        return run.report();
    }

    /** A cleaned and fingerprinted article, or the reason it cannot be stored. */
    private record Prepared(Article cleaned, String header, Fingerprint fingerprint, StreamArticle story,
                            Issue problem, List<Issue> notes) {
    }

    /** Cleans, fingerprints and lets the story assigner featurise: everything that needs no store. */
    private Prepared prepare(Article raw, StoryAssigner stories) {
        try {
            beforePrepare.accept(raw);
            ArticleChecks.Outcome checked = checks.check(raw);
            if (checked.article() == null) {
                return new Prepared(null, null, null, null, checked.skipped(), List.of());
            }
            CleanedPage page = cleaner.inspect(checked.article());
            Article cleaned = page.article();
            if (cleaned.text().isBlank()) {
                return new Prepared(null, null, null, null,
                        new Issue(origin(raw), "no text left after removing page furniture"), checked.notes());
            }
            String header = PageHeader.of(page);
            Fingerprint fingerprint = Fingerprint.of(cleaned);
            // Featurised even if the article turns out to be already stored: wasted then, but only the writing
            // thread can tell, and doing it here keeps the writing thread free for the store.
            return new Prepared(cleaned, header, fingerprint, stories.prepare(fingerprint.id(), cleaned, header),
                    null, checked.notes());
        } catch (RuntimeException e) {
            // A cleaner bug must cost one article, not the run.
            return new Prepared(null, null, null, null, new Issue(origin(raw), "could not be cleaned (" + e + ")"),
                    List.of());
        }
    }

    private static String origin(Article a) {
        return a.origin() != null ? a.origin() : a.id();
    }

    /** An article being prepared on a worker thread; {@code started} is 0 until a worker picks it up. */
    private record InFlight(Future<Prepared> future, Article raw, AtomicLong started) {
    }

    /** The state of one {@link #ingest} call; it is also the sink the sources write into. */
    private final class Run implements ArticleSink {
        private final long totalBytes;
        private final long started = System.nanoTime();
        private final ArrayDeque<InFlight> inFlight = new ArrayDeque<>();
        private final List<Issue> issues = new ArrayList<>();
        private final StoryAssigner stories = store.storyAssigner();
        private ThreadPoolExecutor pool;
        private long lastCommit = System.nanoTime();
        private long read;
        private long stored;
        private long duplicates;
        private long nearDuplicates;
        private long skipped;
        private long bytesBefore;
        private long bytesDone;

        Run(long totalBytes) {
            this.totalBytes = totalBytes;
        }

        @Override
        public void article(Article article) throws IOException {
            read++;
            AtomicLong started = new AtomicLong();
            inFlight.add(new InFlight(pool.submit(() -> {
                started.set(System.nanoTime());
                return prepare(article, stories);
            }), article, started));
            drain(threads * IN_FLIGHT_PER_THREAD);
        }

        @Override
        public void skipped(Issue issue) {
            skipped++;
            if (issues.size() < MAX_ISSUES_KEPT) {
                issues.add(issue);
            }
            listener.skipped(issue);
        }

        @Override
        public void noted(Issue note) {
            listener.noted(note);
        }

        @Override
        public void position(long bytes) {
            bytesDone = bytesBefore + bytes;
        }

        /** Puts prepared articles, oldest first, until at most {@code keep} are in flight. */
        void drain(int keep) throws IOException {
            while (inFlight.size() > keep) {
                InFlight next = inFlight.peek();
                Prepared prepared = await(next);
                inFlight.poll();
                if (prepared != null) {
                    put(prepared);
                } else {
                    skipped(new Issue(origin(next.raw()), "cleaning took longer than " + limits.maxArticleSeconds()
                            + " s (--max-article-seconds)"));
                    listener.progress(read - inFlight.size(), bytesDone, totalBytes);
                }
            }
        }

        /**
         * The prepared article, or null when its worker has been at it for longer than the limit: then the task is
         * cancelled and the pool grows by one thread to replace the stuck one.
         */
        private Prepared await(InFlight next) throws IOException {
            long limitNanos = TimeUnit.SECONDS.toNanos(limits.maxArticleSeconds());
            long pollMillis = Math.max(10, Math.min(1000, TimeUnit.NANOSECONDS.toMillis(limitNanos) / 10));
            while (true) {
                try {
                    return next.future().get(pollMillis, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long started = next.started().get();
                    if (started != 0 && System.nanoTime() - started > limitNanos) {
                        next.future().cancel(true);
                        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                        return null;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while ingesting", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("cleaning failed unexpectedly", e.getCause());
                }
            }
        }

        private void put(Prepared prepared) throws IOException {
            prepared.notes().forEach(this::noted);
            if (prepared.problem() != null) {
                skipped(prepared.problem());
            } else {
                PutResult result = store.put(prepared.cleaned(), prepared.header(), prepared.fingerprint(),
                        prepared.story());
                switch (result.outcome()) {
                    case STORED -> stored++;
                    case NEAR_DUPLICATE -> {
                        stored++;
                        nearDuplicates++;
                    }
                    case ALREADY_STORED -> duplicates++;
                }
            }
            if (store.pending() >= commitEvery
                    || store.pending() > 0 && System.nanoTime() - lastCommit >= commitMillis * 1_000_000L) {
                commit();
            }
            listener.progress(read - inFlight.size(), bytesDone, totalBytes);
        }

        void commit() throws IOException {
            List<String> durable = store.commit();
            lastCommit = System.nanoTime();
            if (!durable.isEmpty()) {
                listener.acknowledged(durable);
            }
        }

        IngestReport report() {
            double seconds = (System.nanoTime() - started) / 1e9;
            return new IngestReport(read, stored, duplicates, nearDuplicates, skipped, seconds, issues);
        }
    }
}
