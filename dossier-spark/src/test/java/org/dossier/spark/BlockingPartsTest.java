package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** The pure parts of blocking and dedupe: no Spark session needed. */
class BlockingPartsTest {
    private static FeatureCounts features(Map<String, Integer> terms, Map<String, Integer> names) {
        return new FeatureCounts(new HashMap<>(terms), new HashMap<>(names), new HashMap<>());
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
    void articlesGoHomeToTheWindowOfTheirPositionAndTheLastOnesAlsoWarmUpTheNext() {
        BlockingSettings b = new BlockingSettings(100, 25);
        // position 230: window 2, not in its last quarter: only at home
        List<Tuple2<Long, BlockArticle>> placed = StoryBlocking.placements(article(230, null), null, b, 1000);
        assertEquals(1, placed.size());
        assertEquals(2L, placed.get(0)._1());
        assertTrue(placed.get(0)._2().home());
        // position 280: the last 25 positions of window 2, so also in window 3's warm-up, not at home there
        placed = StoryBlocking.placements(article(280, LocalDate.of(2026, 2, 15)), null, b, 1000);
        assertEquals(List.of(2L, 3L), placed.stream().map(Tuple2::_1).toList());
        assertTrue(placed.get(0)._2().home());
        assertFalse(placed.get(1)._2().home());
        // a near-duplicate travels with its original's id
        placed = StoryBlocking.placements(article(280, null), "id7", b, 1000);
        assertEquals(List.of("id7", "id7"), placed.stream().map(p -> p._2().originalId()).toList());
        assertTrue(placed.get(0)._2().isNearDuplicate());
        // the boundaries: 274 is home only, 275 warms up the next window, 300 starts window 3
        assertEquals(1, StoryBlocking.placements(article(274, null), null, b, 1000).size());
        assertEquals(2, StoryBlocking.placements(article(275, null), null, b, 1000).size());
        assertEquals(List.of(3L), StoryBlocking.placements(article(300, null), null, b, 1000).stream().map(Tuple2::_1)
                .toList());
        // the last window warms up no window after it
        assertEquals(1, StoryBlocking.placements(article(280, null), null, b, 299).size());
        assertEquals(2, StoryBlocking.placements(article(280, null), null, b, 300).size());
        // no warm-up: one window each
        assertEquals(1, StoryBlocking.placements(article(299, null), null, new BlockingSettings(100, 0), 1000)
                .size());
    }

    @Test
    void theBetterMatchSharesMoreWarmUpArticlesAndTiesGoToTheSmallerKey() {
        Tuple2<Long, Long> three = new Tuple2<>(9L, 3L);
        Tuple2<Long, Long> one = new Tuple2<>(4L, 1L);
        assertEquals(three, StoryBlocking.likelier(three, one));
        assertEquals(three, StoryBlocking.likelier(one, three));
        Tuple2<Long, Long> threeToo = new Tuple2<>(5L, 3L);
        assertEquals(threeToo, StoryBlocking.likelier(three, threeToo), "ties: the smaller key");
        assertEquals(threeToo, StoryBlocking.likelier(threeToo, three), "whatever the order");
    }

    @Test
    void blockingSettingsRefuseWindowsTooSmallAndWarmUpsTooLong() {
        assertEquals(new BlockingSettings(50, 25), BlockingSettings.DEFAULT.withBlockArticles(50));
        assertThrows(IllegalArgumentException.class, () -> new BlockingSettings(3, 0));
        assertThrows(IllegalArgumentException.class, () -> new BlockingSettings(100, 101));
        assertThrows(IllegalArgumentException.class, () -> new BlockingSettings(100, -1));
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
}
