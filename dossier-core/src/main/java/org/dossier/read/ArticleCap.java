package org.dossier.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.dossier.model.Article;

/**
 * Keeps a briefing's input to {@link Limits#maxArticlesPerBrief()} articles: the ones most central to the story.
 *
 * <p>Why: grouping sentences, finding events and comparing sources compare every article with every other, so
 * briefing time grows faster than the number of articles; a 10,000-article "cluster" would take hours. The
 * articles that matter most to a briefing are the ones that share the story's vocabulary, and a cluster that big is
 * mostly repetition.
 *
 * <p>How: each article becomes a TF-IDF vector of its words (the first {@value #CHARS_READ} characters, enough to
 * hold its lead), the story's centroid is the sum of the normalised vectors, and articles are ranked by cosine to
 * the centroid; ties go to the newer article. The kept articles stay in their input order, so source numbers
 * follow the user's order. Linear in the input's size.
 */
public final class ArticleCap {
    private static final int CHARS_READ = 4_000;

    private ArticleCap() {
    }

    /**
     * What capping kept.
     *
     * @param kept    at most the limit's number of articles, in input order
     * @param leftOut how many articles were not kept
     */
    public record Capped(List<Article> kept, int leftOut) {
        public Capped {
            kept = List.copyOf(kept);
        }
    }

    /** The {@code max} most central of {@code articles}, or all of them when there are no more than that. */
    public static Capped mostCentral(List<Article> articles, int max) {
        if (articles.size() <= max) {
            return new Capped(articles, 0);
        }
        List<Map<String, Integer>> counts = new ArrayList<>(articles.size());
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Article a : articles) {
            Map<String, Integer> c = words(a);
            counts.add(c);
            c.keySet().forEach(w -> documentFrequency.merge(w, 1, Integer::sum));
        }
        int n = articles.size();
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        Map<String, Double> centroid = new HashMap<>();
        for (Map<String, Integer> c : counts) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                double weight = (1 + Math.log(e.getValue())) * Math.log((double) n / documentFrequency.get(e.getKey()));
                v.put(e.getKey(), weight);
                norm += weight * weight;
            }
            double length = Math.sqrt(norm);
            if (length > 0) {
                v.replaceAll((w, x) -> x / length);
            }
            v.forEach((w, x) -> centroid.merge(w, x, Double::sum));
            vectors.add(v);
        }
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            double dot = 0;
            for (Map.Entry<String, Double> e : vectors.get(i).entrySet()) {
                dot += e.getValue() * centroid.getOrDefault(e.getKey(), 0.0);
            }
            score[i] = dot; // the centroid's own length is the same for all: a cosine up to a constant factor
        }
        Comparator<Integer> byCentrality = Comparator.<Integer>comparingDouble(i -> -score[i])
                .thenComparing(i -> articles.get(i).published(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparingInt(i -> i);
        boolean[] keep = new boolean[n];
        IntStream.range(0, n).boxed().sorted(byCentrality).limit(max).forEach(i -> keep[i] = true);
        List<Article> kept = new ArrayList<>(max);
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                kept.add(articles.get(i));
            }
        }
        return new Capped(kept, n - max);
    }

    private static Map<String, Integer> words(Article a) {
        String text = (a.title() == null ? "" : a.title() + " ") + a.text();
        String head = text.substring(0, Math.min(text.length(), CHARS_READ)).toLowerCase(Locale.ROOT);
        Map<String, Integer> c = new HashMap<>();
        for (String w : head.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                c.merge(w, 1, Integer::sum);
            }
        }
        return c;
    }
}
