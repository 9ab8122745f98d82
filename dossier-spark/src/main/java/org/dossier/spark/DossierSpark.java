package org.dossier.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.dossier.store.NearDuplicatePolicy;
import org.dossier.store.Shingles;
import scala.Tuple2;

/**
 * The Dossier pipeline on Spark, as a library call: {@code DossierSpark.run(spark, options)} reads the inputs,
 * cleans, deduplicates, clusters into stories, briefs each story and writes the tables (see {@code docs/spark.md}).
 *
 * <ol>
 *   <li><b>Read and clean</b> ({@link ArticleInputs}, {@link ArticlePreparer}): one cleaner and featurizer per
 *       partition; each article numbered in input order ({@code seq}).</li>
 *   <li><b>Exact duplicates</b>: the store's key (normalised URL, else the hash of the cleaned text); the first
 *       article of a key is kept, later ones point to it.</li>
 *   <li><b>Near-duplicates</b>: the store's MinHash bands give candidate pairs ({@link NearDuplicateBuckets}),
 *       checked with the store's {@link NearDuplicatePolicy}; a family of near-duplicates (connected through such
 *       pairs) is represented by its earliest article, its original. As in the store, a near-duplicate joins
 *       its original's story in the clusterer (counting as a member) and takes that story in the output.</li>
 *   <li><b>Stories</b> with blocking ({@link StoryBlocking}): windows of arrivals, each warmed up on the end of the
 *       window before and clustered by the single-machine {@code StoryClusterer} with the whole input's document
 *       frequencies ({@link GlobalFrequencies}), then joined where a story continues across windows.</li>
 *   <li><b>Briefings</b> with the {@code Dossier} facade, one per story ({@link StoryBriefer}), and the tables
 *       ({@link JobOutput}).</li>
 * </ol>
 */
public final class DossierSpark {
    /** Problems in input order (briefing problems, numbered after every input item, last). */
    private static final java.util.Comparator<CleanOutcome> BY_SEQ = (java.util.Comparator<CleanOutcome>
            & java.io.Serializable) (a, b) -> Long.compare(a.seq(), b.seq());

    private DossierSpark() {
    }

    /** Runs the whole job on {@code spark}; the output folder must not exist. */
    public static SparkJobResult run(SparkSession spark, SparkJobOptions options) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int p = options.partitions();
        List<Long> stageMillis = new ArrayList<>();
        long t = System.nanoTime();

        // 1. read and clean
        JavaPairRDD<Long, ReadItem> items = ArticleInputs.read(spark, options.inputs(), options.inputFormat(), p)
                .mapToPair(Tuple2::swap);
        if (items.getNumPartitions() < p) {
            items = items.repartition(p);
        }
        JavaRDD<CleanOutcome> cleaned = items.mapPartitions(DossierSpark::prepareAll)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long itemsRead = cleaned.count();
        JavaPairRDD<Long, PreparedArticle> articles = cleaned.filter(CleanOutcome::isArticle)
                .mapToPair(c -> new Tuple2<>(c.seq(), c.article()));
        JavaRDD<CleanOutcome> problems = cleaned.filter(c -> !c.isArticle());
        t = lap(stageMillis, t);

        // 2. exact duplicates: the first article of each key is kept
        JavaPairRDD<String, PreparedArticle> byKey = articles.mapToPair(e -> new Tuple2<>(e._2().key(), e._2()));
        JavaPairRDD<Long, Tuple2<PreparedArticle, Long>> withFirst = byKey
                .join(byKey.mapValues(PreparedArticle::seq).reduceByKey(Math::min, p), p)
                .mapToPair(e -> new Tuple2<>(e._2()._1().seq(), e._2()))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, PreparedArticle> unique = withFirst.filter(e -> e._1().equals(e._2()._2()))
                .mapValues(Tuple2::_1).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, PreparedArticle> exactDupArticles = withFirst.filter(e -> !e._1().equals(e._2()._2()))
                .mapValues(Tuple2::_1);
        JavaPairRDD<Long, Long> exactDupOf = withFirst.filter(e -> !e._1().equals(e._2()._2()))
                .mapValues(Tuple2::_2);
        long articleCount = withFirst.count();
        long uniqueCount = unique.count();

        // 3. near-duplicates among the distinct texts
        JavaPairRDD<Long, Long> candidates = unique.flatMapToPair(e -> {
            List<Tuple2<String, Long>> out = new ArrayList<>();
            if (e._2().hasShingles()) {
                e._2().nearDupBands().forEach(band -> out.add(new Tuple2<>(band, e._1())));
            }
            return out.iterator();
        }).groupByKey(p).flatMapToPair(bucket -> {
            List<Long> seqs = new ArrayList<>();
            bucket._2().forEach(seqs::add);
            List<Tuple2<Long, Long>> out = new ArrayList<>();
            for (long[] pair : NearDuplicateBuckets.candidatePairs(seqs)) {
                out.add(new Tuple2<>(pair[0], pair[1]));
            }
            return out.iterator();
        }).distinct(p).persist(StorageLevel.MEMORY_AND_DISK());
        long comparisons = candidates.count();
        JavaPairRDD<Long, byte[]> shingles = unique.mapValues(PreparedArticle::shingles);
        JavaPairRDD<Long, Long> nearPairs = candidates.join(shingles, p)
                .mapToPair(e -> new Tuple2<>(e._2()._1(), new Tuple2<>(e._1(), e._2()._2())))
                .join(shingles, p)
                .filter(e -> NearDuplicatePolicy.isNearDuplicate(decode(e._2()._1()._2()), decode(e._2()._2())))
                .mapToPair(e -> new Tuple2<>(e._2()._1()._1(), e._1()));
        JavaPairRDD<Long, Long> nearDupRoot = new ConnectedComponents().label(nearPairs, p)
                .filter(e -> !e._1().equals(e._2())).persist(StorageLevel.MEMORY_AND_DISK());
        long nearCount = nearDupRoot.count();
        candidates.unpersist(false);
        JavaPairRDD<Long, PreparedArticle> roots = unique.subtractByKey(nearDupRoot, p)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long rootCount = roots.count();
        t = lap(stageMillis, t);

        // near-duplicates are clustered as the store clusters them: each joins its original's story and counts as a
        // member of it (weights, centroid, revisions), though its final story is its original's
        JavaPairRDD<Long, String> originalOf = nearDupRoot.mapToPair(Tuple2::swap)
                .join(unique.mapValues(PreparedArticle::storeId), p)
                .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()));

        // 4. document frequencies of the distinct texts, near-duplicates included (the store's clusterer counts them)
        Map<String, Integer> counts = unique.values().flatMapToPair(a -> {
            List<Tuple2<String, Integer>> out = new ArrayList<>(a.features().size());
            a.features().forEachKey(k -> out.add(new Tuple2<>(k, 1)));
            return out.iterator();
        }).reduceByKey(Integer::sum, p).filter(e -> e._2() >= 2).collectAsMap();
        Broadcast<GlobalFrequencies> df = sc.broadcast(new GlobalFrequencies(uniqueCount, counts));
        t = lap(stageMillis, t);

        // 5. stories
        StoryBlocking.Result stories = new StoryBlocking(options.blocking(), options.stories(), p)
                .cluster(unique, originalOf, df);
        JavaPairRDD<Long, Long> storyOfRoot = stories.storyOf();
        JavaPairRDD<Long, Long> storyOfNear = nearDupRoot.mapToPair(Tuple2::swap).join(storyOfRoot, p)
                .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()));
        JavaPairRDD<Long, Long> storyOfUnique = storyOfRoot.union(storyOfNear);
        JavaPairRDD<Long, Long> storyOfExact = exactDupOf.mapToPair(Tuple2::swap).join(storyOfUnique, p)
                .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()));
        JavaPairRDD<Long, Long> storyOfAll = storyOfUnique.union(storyOfExact);
        // story names S1, S2, ... in order of each story's first article
        JavaPairRDD<Long, String> names = storyOfRoot.mapToPair(Tuple2::swap).reduceByKey(Math::min, p)
                .mapToPair(Tuple2::swap).sortByKey(true, p).values().zipWithIndex()
                .mapToPair(e -> new Tuple2<>(e._1(), "S" + (e._2() + 1)))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long storyCount = names.count();
        t = lap(stageMillis, t);

        // 6. briefings and tables
        JavaPairRDD<Long, String[]> duplicates = duplicateInfo(exactDupArticles, nearDupRoot, unique, p);
        JavaPairRDD<Long, String> storyNameOf = storyOfAll.mapToPair(Tuple2::swap).join(names, p)
                .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()));
        JavaRDD<PlacedArticle> placed = unique.union(exactDupArticles).join(storyNameOf, p)
                .leftOuterJoin(duplicates, p)
                .map(e -> PlacedArticle.of(e._2()._1()._1(), e._2()._1()._2(), e._2()._2().orElse(null)))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> headlines = names.join(stories.headlines(), p).mapToPair(e -> e._2());
        JobOutput out = new JobOutput(spark, options);
        out.writeArticles(placed);
        out.writeStories(placed, headlines);
        JavaRDD<CleanOutcome> briefingProblems = sc.emptyRDD();
        long briefingCount = 0;
        if (options.briefings()) {
            JavaRDD<StoryBriefer.Outcome> briefed = new StoryBriefer(options.words(), options.briefingArticles())
                    .brief(roots, storyOfRoot, names, p).persist(StorageLevel.MEMORY_AND_DISK_SER());
            out.writeBriefings(briefed.filter(b -> b.json() != null));
            briefingCount = briefed.filter(b -> b.json() != null).count();
            briefingProblems = briefed.filter(b -> b.json() == null)
                    .map(b -> new CleanOutcome(Long.MAX_VALUE, null, "story " + b.story(), b.problem()));
        }
        JavaRDD<CleanOutcome> allProblems = problems.union(briefingProblems);
        long skipped = out.writeSkipped(allProblems);
        List<String> first = skipped == 0 ? List.of() : allProblems.takeOrdered(20, BY_SEQ).stream()
                .map(c -> c.where() + ": " + c.problem()).toList();
        lap(stageMillis, t);

        cleaned.unpersist(false);
        withFirst.unpersist(false);
        unique.unpersist(false);
        roots.unpersist(false);
        nearDupRoot.unpersist(false);
        names.unpersist(false);
        placed.unpersist(false);
        return new SparkJobResult(itemsRead, skipped, first, articleCount, articleCount - uniqueCount, nearCount,
                comparisons, storyCount, briefingCount, stories.stats(), stageMillis);
    }

    /** Reads and cleans one partition's items with one preparer, lazily. */
    private static Iterator<CleanOutcome> prepareAll(Iterator<Tuple2<Long, ReadItem>> items) {
        ArticlePreparer preparer = new ArticlePreparer();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public CleanOutcome next() {
                Tuple2<Long, ReadItem> item = items.next();
                long seq = item._1();
                ReadItem read = item._2();
                if (!read.isArticle()) {
                    return new CleanOutcome(seq, null, read.where(), read.problem());
                }
                try {
                    PreparedArticle a = preparer.prepare(seq, read.article());
                    return a != null ? new CleanOutcome(seq, a, read.where(), null)
                            : new CleanOutcome(seq, null, read.where(), ArticlePreparer.EMPTY_AFTER_CLEANING);
                } catch (RuntimeException e) {
                    // one article the cleaner cannot handle must not fail the job: it is reported instead
                    return new CleanOutcome(seq, null, read.where(), "could not clean: " + WarcArticles.describe(e));
                }
            }
        };
    }

    /**
     * Per duplicate, {@code {kind, store id of its original}}: an exact duplicate has the same key, hence the same
     * store id, as the article kept; a near-duplicate points to the earliest article of its family.
     */
    private static JavaPairRDD<Long, String[]> duplicateInfo(JavaPairRDD<Long, PreparedArticle> exact,
                                                             JavaPairRDD<Long, Long> nearDupRoot,
                                                             JavaPairRDD<Long, PreparedArticle> unique, int p) {
        JavaPairRDD<Long, String[]> exactInfo = exact.mapValues(a -> new String[] {"exact", a.storeId()});
        JavaPairRDD<Long, String[]> nearInfo = nearDupRoot.mapToPair(Tuple2::swap)
                .join(unique.mapValues(PreparedArticle::storeId), p)
                .mapToPair(e -> new Tuple2<>(e._2()._1(), new String[] {"near", e._2()._2()}));
        return exactInfo.union(nearInfo);
    }

    private static long lap(List<Long> stageMillis, long since) {
        long now = System.nanoTime();
        stageMillis.add((now - since) / 1_000_000);
        return now;
    }

    private static Shingles.Profile decode(byte[] profile) {
        return Shingles.decode(profile, 0, profile.length);
    }
}
