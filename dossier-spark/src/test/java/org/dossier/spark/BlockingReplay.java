package org.dossier.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dossier.eval.SharedData;
import org.dossier.eval.events.BCubed;
import org.dossier.group.stories.Story;
import org.dossier.group.stories.StoryClusterer;
import org.dossier.group.stories.StorySettings;
import org.dossier.model.Article;
import org.dossier.read.Input;
import org.dossier.read.JsonLinesReader;
import scala.Tuple2;

/**
 * The job's windowed story clustering replayed in one thread, without Spark or the near-duplicate step, to compare
 * join rules in seconds: the windows ({@link StoryBlocking#placements}) and the clusterer per window
 * ({@link BlockClusterer}) are the job's own; the join is done here, by the job's rule (each story the other's best
 * match by shared warm-up articles) or the one-way rule (a window story joins the earlier story most of its warm-up
 * articles are in).
 *
 * <pre>java -cp ... org.dossier.spark.BlockingReplay BLOCK WARM_UP [FILE GOLD_FIELD]   (default: ECB+, event)</pre>
 */
public final class BlockingReplay {
    private BlockingReplay() {
    }

    public static void main(String[] args) throws Exception {
        BlockingSettings blocking = new BlockingSettings(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
        Path file = args.length > 3 ? Path.of(args[2]) : SharedData.resolve(SparkEcbPlusGate.FILE).orElse(null);
        String goldField = args.length > 3 ? args[3] : "event";
        if (file == null) {
            System.out.println("shared data not found: " + SparkEcbPlusGate.FILE);
            return;
        }
        List<Article> articles = new JsonLinesReader().read(new Input(file.toString(), Files.readAllBytes(file)))
                .articles();
        Map<Long, String> gold = new HashMap<>();
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, String> goldById = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                var node = json.readTree(line);
                goldById.put(node.path("id").asText(), node.path(goldField).asText());
            }
        }
        ArticlePreparer preparer = new ArticlePreparer();
        List<PreparedArticle> prepared = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            PreparedArticle a = preparer.prepare(i, ArticleRow.of(articles.get(i)));
            if (a != null && keys.add(a.key())) {
                prepared.add(a);
                gold.put(a.seq(), goldById.get(articles.get(i).id()));
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        prepared.forEach(a -> a.features().forEachKey(k -> counts.merge(k, 1, Integer::sum)));
        counts.values().removeIf(v -> v < 2);
        GlobalFrequencies df = new GlobalFrequencies(prepared.size(), counts);

        Map<Long, String> single = single(prepared);
        Map<Long, List<BlockArticle>> windows = new TreeMap<>();
        long lastSeq = prepared.get(prepared.size() - 1).seq();
        for (PreparedArticle a : prepared) {
            for (Tuple2<Long, BlockArticle> p : StoryBlocking.placements(a, null, blocking, lastSeq)) {
                windows.computeIfAbsent(p._1(), w -> new ArrayList<>()).add(p._2());
            }
        }
        Map<Long, String> home = new HashMap<>();
        Map<Long, List<String>> warmUp = new HashMap<>();
        for (var w : windows.entrySet()) {
            for (BlockClusterer.Labelled l : BlockClusterer.cluster(w.getValue(), "w" + w.getKey(), df,
                    StorySettings.DEFAULT)) {
                if (l.home()) {
                    home.put(l.seq(), l.story());
                } else {
                    warmUp.computeIfAbsent(l.seq(), s -> new ArrayList<>()).add(l.story());
                }
            }
        }
        // shared.get(window story).get(earlier story) = warm-up articles they share
        Map<String, Map<String, Integer>> shared = new TreeMap<>();
        warmUp.forEach((seq, stories) -> stories.forEach(s -> shared.computeIfAbsent(s, k -> new TreeMap<>())
                .merge(home.get(seq), 1, Integer::sum)));
        Map<String, String> bestEarlier = new HashMap<>();
        Map<String, String> bestLater = new HashMap<>();
        Map<String, Integer> bestLaterCount = new HashMap<>();
        shared.forEach((later, byEarlier) -> {
            bestEarlier.put(later, byEarlier.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey());
            byEarlier.forEach((earlier, n) -> {
                Integer best = bestLaterCount.get(earlier);
                if (best == null || n > best || n.equals(best) && later.compareTo(bestLater.get(earlier)) < 0) {
                    bestLater.put(earlier, later);
                    bestLaterCount.put(earlier, n);
                }
            });
        });
        System.out.println("single machine: " + score(single, gold));
        System.out.println("windows, not joined: " + score(home, gold));
        for (boolean bothWays : new boolean[] {false, true}) {
            Map<String, String> parent = new HashMap<>();
            bestEarlier.forEach((later, earlier) -> {
                if (!bothWays || later.equals(bestLater.get(earlier))) {
                    parent.put(later, earlier);
                }
            });
            Map<Long, String> joined = new HashMap<>();
            home.forEach((seq, story) -> joined.put(seq, root(parent, story)));
            List<String> x = new ArrayList<>();
            List<String> y = new ArrayList<>();
            joined.forEach((seq, s) -> {
                x.add(s);
                y.add(single.get(seq));
            });
            System.out.printf(Locale.ROOT, "joined %s: %s; agreement with the single machine %.3f%n",
                    bothWays ? "both ways (the job's rule)" : "one way", score(joined, gold),
                    BCubed.score(x, y).f1());
        }
    }

    /** One clusterer over all prepared articles in input order. */
    private static Map<Long, String> single(List<PreparedArticle> prepared) {
        StoryClusterer clusterer = new StoryClusterer(StorySettings.DEFAULT);
        Map<String, Long> seqOf = new HashMap<>();
        for (PreparedArticle a : prepared) {
            seqOf.put(a.storeId(), a.seq());
            clusterer.assign(BlockArticle.of(a, null, true).toStreamArticle());
            clusterer.drainChanges();
        }
        Map<Long, String> out = new HashMap<>();
        for (Story s : clusterer.stories()) {
            s.memberIds().forEach(id -> out.put(seqOf.get(id), s.id()));
        }
        return out;
    }

    private static String root(Map<String, String> parent, String story) {
        String r = story;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        return r;
    }

    private static String score(Map<Long, String> story, Map<Long, String> gold) {
        List<String> s = new ArrayList<>();
        List<String> g = new ArrayList<>();
        story.forEach((seq, st) -> {
            s.add(st);
            g.add(gold.get(seq));
        });
        BCubed b = BCubed.score(s, g);
        return String.format(Locale.ROOT, "B-cubed F1 %.3f (P %.3f R %.3f)", b.f1(), b.precision(), b.recall());
    }
}
