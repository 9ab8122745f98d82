package org.dossier.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.dossier.group.stories.StorySettings;
import scala.Tuple2;

/**
 * Story clustering that scales: blocking, then the single-machine clusterer inside each block.
 *
 * <ol>
 *   <li><b>Candidates.</b> Each article gets LSH band keys from the MinHash of its strongest features
 *       ({@link BlockingKeys}). The articles of one bucket are linked to the bucket's first article (a star, so a
 *       bucket of n articles makes n - 1 edges, not n²).</li>
 *   <li><b>Components.</b> Connected components of those edges by label propagation in Spark
 *       ({@link ConnectedComponents}); no edge list is ever collected.</li>
 *   <li><b>Blocks.</b> A component up to {@link BlockingSettings#blockArticles()} articles is clustered whole; small
 *       components are packed together by the day (or, undated, the arrival) of their first article, into blocks of
 *       about that size. A bigger component (one kind of news all year) is cut into windows of about that many
 *       of its articles in arrival order (time order for a stream), each reaching a quarter of a window into the
 *       next; an article in the overlap is clustered in both windows but belongs to the later one (its
 *       <em>home</em>). Arrival, not publication dates: dates can be missing or wrong (ECB+ has them for a third of
 *       its articles, found by the cleaner in datelines years apart), and arrival is the order the clusterer
 *       works in anyway.</li>
 *   <li><b>Clustering.</b> Each block is one task: {@link BlockClusterer} replays its articles in arrival order
 *       through {@code StoryClusterer}, as the single machine does.</li>
 *   <li><b>Joining across windows.</b> An overlap article's story in the earlier window and its story in its home
 *       window are the same story: those pairs are joined by connected components again, and each article takes
 *       the joined story of its home.</li>
 * </ol>
 */
final class StoryBlocking {
    private final BlockingSettings blocking;
    private final StorySettings settings;
    private final int partitions;

    StoryBlocking(BlockingSettings blocking, StorySettings settings, int partitions) {
        this.blocking = blocking;
        this.settings = settings;
        this.partitions = partitions;
    }

    /**
     * The result.
     *
     * @param storyOf   each clustered article's story key (a number shared by the articles of one story)
     * @param headlines each story key's headline: that of the block story holding most of its articles (the
     *                  clusterer's most central member), or null when no member has a title
     * @param stats     costs and counts
     */
    record Result(JavaPairRDD<Long, Long> storyOf, JavaPairRDD<Long, String> headlines, BlockingStats stats) {
    }

    /** A component of the candidate graph: its size, first dated day (or null), first and last arrival. */
    record ComponentFacts(long size, Long firstDay, long firstSeq, long lastSeq) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        ComponentFacts plus(ComponentFacts o) {
            Long day;
            if (firstDay == null || o.firstDay == null) {
                day = firstDay == null ? o.firstDay : firstDay; // no arithmetic: a null must stay a null
            } else {
                day = Math.min(firstDay, o.firstDay);
            }
            return new ComponentFacts(size + o.size, day, Math.min(firstSeq, o.firstSeq), Math.max(lastSeq, o.lastSeq));
        }
    }

    Result cluster(JavaPairRDD<Long, PreparedArticle> articles, Broadcast<GlobalFrequencies> df) {
        BlockingSettings b = blocking;
        // 1. candidate edges: star around each bucket's first article
        JavaPairRDD<Long, Long> membership = articles.flatMapToPair(e -> {
            List<Tuple2<Long, Long>> out = new ArrayList<>();
            for (long key : BlockingKeys.of(e._2().features(), df.value(), b)) {
                out.add(new Tuple2<>(key, e._1()));
            }
            return out.iterator();
        });
        JavaPairRDD<Long, Long> edges = membership.join(membership.reduceByKey(Math::min, partitions), partitions)
                .values().filter(p -> !p._1().equals(p._2())).mapToPair(p -> p)
                .persist(StorageLevel.MEMORY_AND_DISK());
        long edgeCount = edges.count();

        // 2. components
        ConnectedComponents cc = new ConnectedComponents();
        JavaPairRDD<Long, Long> labels = cc.label(edges, partitions);
        JavaPairRDD<Long, Long> componentOf = articles.leftOuterJoin(labels, partitions)
                .mapToPair(e -> new Tuple2<>(e._1(), e._2()._2().orElse(e._1())));
        edges.unpersist(false);

        // 3. blocks
        JavaPairRDD<Long, Tuple2<Long, PreparedArticle>> byComponent = articles.join(componentOf, partitions)
                .mapToPair(e -> new Tuple2<>(e._2()._2(), new Tuple2<>(e._1(), e._2()._1())));
        JavaPairRDD<Long, ComponentFacts> components = byComponent
                .mapValues(x -> new ComponentFacts(1, day(x._2().published()), x._1(), x._1()))
                .reduceByKey(ComponentFacts::plus, partitions).persist(StorageLevel.MEMORY_AND_DISK());
        long componentCount = components.count();
        long bigComponents = components.filter(c -> c._2().size() > b.blockArticles()).count();
        Span span = Span.of(articles.values(), b.blockArticles());

        JavaPairRDD<String, BlockArticle> placed = byComponent.join(components, partitions).flatMapToPair(e -> {
            long component = e._1();
            PreparedArticle a = e._2()._1()._2();
            return placements(component, e._2()._2(), a, span, b).iterator();
        });
        JavaPairRDD<String, Iterable<BlockArticle>> blocks = placed.groupByKey(partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        long blockCount = blocks.count();
        long largest = blocks.values().map(it -> (long) sizeOf(it)).fold(0L, Math::max);
        long slots = blocks.values().map(it -> (long) sizeOf(it)).fold(0L, Long::sum);
        components.unpersist(false);

        // 4. cluster each block
        ShippedStorySettings s = ShippedStorySettings.of(settings);
        JavaRDD<BlockClusterer.Labelled> labelled = blocks.flatMap(block -> {
            List<BlockArticle> list = new ArrayList<>();
            block._2().forEach(list::add);
            return BlockClusterer.cluster(list, block._1(), df.value(), s.toSettings()).iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());

        // 5. join stories across window boundaries: a copy's story is its home story
        JavaPairRDD<Long, Long> homeStory = labelled.filter(BlockClusterer.Labelled::home)
                .mapToPair(l -> new Tuple2<>(l.seq(), BlockingKeys.hash(l.story())));
        JavaPairRDD<Long, Long> links = labelled.filter(l -> !l.home())
                .mapToPair(l -> new Tuple2<>(l.seq(), BlockingKeys.hash(l.story())))
                .join(homeStory, partitions).values().mapToPair(x -> x).distinct(partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        long linkCount = links.count();
        JavaPairRDD<Long, Long> storyOf;
        int rounds = cc.rounds();
        if (linkCount == 0) {
            storyOf = homeStory;
        } else {
            JavaPairRDD<Long, Long> joined = new ConnectedComponents().label(links, partitions);
            storyOf = homeStory.mapToPair(Tuple2::swap).leftOuterJoin(joined, partitions)
                    .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2().orElse(e._1())));
        }
        storyOf = storyOf.persist(StorageLevel.MEMORY_AND_DISK());
        long clustered = storyOf.count();
        JavaPairRDD<Long, String> headlines = headlines(labelled, storyOf).persist(StorageLevel.MEMORY_AND_DISK());
        headlines.count();
        links.unpersist(false);
        labelled.unpersist(false);
        blocks.unpersist(false);
        return new Result(storyOf, headlines, new BlockingStats(clustered, edgeCount, rounds, componentCount,
                bigComponents, blockCount, largest, slots, linkCount));
    }

    /** Per final story, the headline of the block story that holds most of its articles (ties: smaller key). */
    private JavaPairRDD<Long, String> headlines(JavaRDD<BlockClusterer.Labelled> labelled,
                                                JavaPairRDD<Long, Long> storyOf) {
        return labelled.filter(BlockClusterer.Labelled::home)
                .mapToPair(l -> new Tuple2<>(l.seq(), new Tuple2<>(BlockingKeys.hash(l.story()),
                        l.headline() == null ? "" : l.headline())))
                .join(storyOf, partitions)
                .mapToPair(e -> new Tuple2<>(new Tuple2<>(e._2()._2(), e._2()._1()._1()),
                        new Tuple2<>(1L, e._2()._1()._2())))
                .reduceByKey((x, y) -> new Tuple2<>(x._1() + y._1(), x._2()), partitions)
                .mapToPair(e -> new Tuple2<>(e._1()._1(), new Tuple2<>(e._1()._2(), e._2())))
                .reduceByKey((x, y) -> {
                    int c = Long.compare(x._2()._1(), y._2()._1());
                    return c > 0 || c == 0 && x._1() < y._1() ? x : y;
                }, partitions)
                .mapValues(x -> x._2()._2());
    }

    private static int sizeOf(Iterable<?> it) {
        int n = 0;
        for (Object ignored : it) {
            n++;
        }
        return n;
    }

    private static Long day(LocalDate d) {
        return d == null ? null : d.toEpochDay();
    }

    /**
     * The blocks an article goes to: one (its home) for an article of a small component or outside any overlap;
     * two for an article in the first quarter of a window of a big component (also clustered, not at home, in the
     * window before, which reaches into this one).
     */
    static List<Tuple2<String, BlockArticle>> placements(long component, ComponentFacts c, PreparedArticle a, Span span,
                                                         BlockingSettings b) {
        List<Tuple2<String, BlockArticle>> out = new ArrayList<>(2);
        if (c.size() <= b.blockArticles()) {
            String key = c.firstDay() != null
                    ? "t" + Math.floorDiv(c.firstDay() - span.firstDay(), span.binDays())
                    : "u" + c.firstSeq() / b.blockArticles();
            out.add(new Tuple2<>(key, BlockArticle.of(a, true)));
            return out;
        }
        // windows of about blockArticles of the component's articles, in arrival order: the component's arrivals
        // are spread over [firstSeq, lastSeq], so a window spans that range divided into size/blockArticles parts
        long position = a.seq() - c.firstSeq();
        long width = Math.max(1, (long) Math.ceil((double) b.blockArticles() * (c.lastSeq() - c.firstSeq() + 1)
                / c.size()));
        long overlap = (long) (width * BlockingSettings.OVERLAP);
        String prefix = "c" + component + "w";
        long chunk = Math.floorDiv(position, width);
        out.add(new Tuple2<>(prefix + chunk, BlockArticle.of(a, true)));
        if (chunk > 0 && Math.floorMod(position, width) < overlap) {
            out.add(new Tuple2<>(prefix + (chunk - 1), BlockArticle.of(a, false)));
        }
        return out;
    }

    /**
     * The dated span of the input and how many days of it make a block's worth of articles: small components are
     * packed into blocks by the day of their first article, so that a block holds about
     * {@link BlockingSettings#blockArticles()} articles whatever the stream's daily volume.
     */
    record Span(long firstDay, long binDays) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        static Span of(JavaRDD<PreparedArticle> articles, int blockArticles) {
            JavaRDD<Long> days = articles.filter(a -> a.published() != null).map(a -> a.published().toEpochDay())
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long dated = days.count();
            if (dated == 0) {
                days.unpersist(false);
                return new Span(0, 1);
            }
            long first = days.reduce(Math::min);
            long last = days.reduce(Math::max);
            days.unpersist(false);
            long spanDays = last - first + 1;
            long binDays = Math.max(1, (long) Math.ceil((double) blockArticles * spanDays / dated));
            return new Span(first, binDays);
        }
    }
}
