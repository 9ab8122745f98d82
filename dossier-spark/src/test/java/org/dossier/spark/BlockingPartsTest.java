package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** The pure parts of blocking and dedupe: no Spark session needed. */
class BlockingPartsTest {
    private static FeatureCounts features(Map<String, Integer> terms, Map<String, Integer> names) {
        return new FeatureCounts(new HashMap<>(terms), new HashMap<>(names), new HashMap<>());
    }

    @Test
    void strongestFeaturesPreferRareSharedOnesAndDropSingletons() {
        GlobalFrequencies df = new GlobalFrequencies(1000, Map.of("t:said", 900, "t:ferry", 12, "n:velmar", 4,
                "t:fire", 40));
        FeatureCounts f = features(Map.of("said", 5, "ferry", 2, "fire", 1, "unique", 3), Map.of("velmar", 2));
        List<String> top = BlockingKeys.strongest(f, df, 3);
        assertEquals(List.of("n:velmar", "t:ferry", "t:fire"), top);
        assertFalse(BlockingKeys.strongest(f, df, 10).contains("t:unique"), "seen once: links nothing");
    }

    @Test
    void similarArticlesShareBandsAndUnrelatedOnesRarelyDo() {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : List.of("ferry", "fire", "engine", "tugboat", "harbour", "passengers", "crew", "inquiry",
                "library", "strike", "council", "union", "hours", "reading", "books", "shelves")) {
            counts.put("t:" + w, 5);
        }
        GlobalFrequencies df = new GlobalFrequencies(100, counts);
        FeatureCounts a = features(Map.of("ferry", 1, "fire", 1, "engine", 1, "tugboat", 1, "harbour", 1,
                "passengers", 1, "crew", 1, "inquiry", 1), Map.of());
        FeatureCounts b = features(Map.of("ferry", 1, "fire", 1, "engine", 1, "tugboat", 1, "harbour", 1,
                "passengers", 1, "crew", 1, "library", 1), Map.of());
        FeatureCounts c = features(Map.of("library", 1, "strike", 1, "council", 1, "union", 1, "hours", 1,
                "reading", 1, "books", 1, "shelves", 1), Map.of());
        assertTrue(shared(BlockingKeys.of(a, df, BlockingSettings.DEFAULT), BlockingKeys.of(b, df,
                BlockingSettings.DEFAULT)) > 0, "7 of 9 features shared");
        assertEquals(0, shared(BlockingKeys.of(a, df, BlockingSettings.DEFAULT), BlockingKeys.of(c, df,
                BlockingSettings.DEFAULT)));
        assertEquals(32, BlockingKeys.of(a, df, BlockingSettings.DEFAULT).length, "64 positions in bands of 2");
    }

    private static int shared(long[] x, long[] y) {
        Set<Long> s = new java.util.HashSet<>();
        for (long v : x) {
            s.add(v);
        }
        int n = 0;
        for (long v : y) {
            n += s.contains(v) ? 1 : 0;
        }
        return n;
    }

    @Test
    void bucketPairsEachMemberWithItsPredecessorsUpToTheCap() {
        List<Long> bucket = new ArrayList<>();
        for (long i = 40; i >= 0; i--) {
            bucket.add(i * 10);
        }
        List<long[]> pairs = NearDuplicateBuckets.candidatePairs(bucket);
        // member k (0-based, in arrival order) is paired with min(k, 16) earlier members
        long expected = 0;
        for (int k = 0; k < 41; k++) {
            expected += Math.min(k, NearDuplicateBuckets.PREVIOUS);
        }
        assertEquals(expected, pairs.size());
        for (long[] p : pairs) {
            assertTrue(p[0] > p[1], "later first");
            assertTrue(p[0] - p[1] <= 10L * NearDuplicateBuckets.PREVIOUS);
        }
    }

    @Test
    void smallComponentsGoWholeToTheBinOfTheirFirstDay() {
        StoryBlocking.Span span = new StoryBlocking.Span(LocalDate.of(2026, 1, 1).toEpochDay(), 10);
        PreparedArticle a = article(7, LocalDate.of(2026, 1, 25));
        var component = componentOf(3, LocalDate.of(2026, 1, 12), 5);
        List<Tuple2<String, BlockArticle>> placed = StoryBlocking.placements(5, component, a, span,
                BlockingSettings.DEFAULT);
        assertEquals(1, placed.size());
        assertEquals("t1", placed.get(0)._1(), "day 11 of the span, bins of 10 days");
        assertTrue(placed.get(0)._2().home());
    }

    @Test
    void bigComponentsAreCutIntoOverlappingWindowsOfArrivals() {
        BlockingSettings b = new BlockingSettings(10, 2, 100);
        StoryBlocking.Span span = new StoryBlocking.Span(LocalDate.of(2026, 1, 1).toEpochDay(), 3);
        // 500 articles spread over arrivals 1000..1999: windows of 200 arrivals (about 100 of its articles)
        var big = new StoryBlocking.ComponentFacts(500, null, 1000, 1999);
        // arrival 1230: window 1 (1200..1399), in its first quarter: also in window 0, not at home
        List<Tuple2<String, BlockArticle>> placed = StoryBlocking.placements(0, big, article(1230, null), span, b);
        assertEquals(2, placed.size());
        assertEquals("c0w1", placed.get(0)._1());
        assertTrue(placed.get(0)._2().home());
        assertEquals("c0w0", placed.get(1)._1());
        assertFalse(placed.get(1)._2().home());
        // arrival 1300: only its own window, dated or not
        assertEquals(1, StoryBlocking.placements(0, big, article(1300, LocalDate.of(2026, 2, 15)), span, b).size());
        // the first window has no window before it
        assertEquals(List.of("c0w0"), StoryBlocking.placements(0, big, article(1010, null), span, b).stream()
                .map(Tuple2::_1).toList());
    }

    @Test
    void inputFormatIsToldByTheName() {
        assertEquals(InputFormat.WARC, InputFormat.guess("s3a://crawl/CC-NEWS-2026.warc.gz"));
        assertEquals(InputFormat.WARC, InputFormat.guess("/data/a.warc"));
        assertEquals(InputFormat.PARQUET, InputFormat.guess("hdfs:///news/2026.parquet/"));
        assertEquals(InputFormat.JSONL, InputFormat.guess("file:///tmp/feed.jsonl.gz"));
    }

    private static PreparedArticle article(long seq, LocalDate day) {
        return new PreparedArticle(seq, new ArticleRow("a" + seq, null, "text", null, null, day, null, "x#" + seq),
                "text:" + seq, "id" + seq, org.dossier.store.Shingles.encode(org.dossier.store.Shingles.Profile.EMPTY), List.of(), features(Map.of(), Map.of()));
    }

    /** A component's facts through the private record, via placements' public view. */
    private static StoryBlocking.ComponentFacts componentOf(long size, LocalDate first, long firstSeq) {
        return new StoryBlocking.ComponentFacts(size, first == null ? null : first.toEpochDay(), firstSeq, firstSeq);
    }
}
