package org.dossier.summarise;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dossier.analyse.terms.ClusterTerms;
import org.dossier.analyse.terms.TermAnalyzer;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.SummarySentence;

/**
 * Chooses the headline of a briefing.
 *
 * <p>The headline is the title of the <em>most central</em> article: the one whose content words are most like
 * those of all the other articles together (cosine similarity of term counts). An outlier that covers a side
 * story rarely wins, and the title is written by an editor rather than stitched together. A trailing
 * "| Outlet" or "- Outlet" naming the article's own outlet is removed.
 *
 * <p>When no article has a title, the first summary sentence is used, cut at a word boundary to at most
 * {@link #MAX_CHARS} characters (with an ellipsis when cut).
 */
public final class Headlines {
    /** Longest fallback headline, in characters. */
    public static final int MAX_CHARS = 90;

    private final TermAnalyzer analyzer;

    public Headlines() {
        this(new TermAnalyzer());
    }

    public Headlines(TermAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The headline for a briefing of {@code articles} with this {@code summary}; empty string if neither helps. */
    public String choose(List<AnalysedArticle> articles, List<SummarySentence> summary) {
        return choose(ClusterTerms.of(articles, analyzer), summary);
    }

    /**
     * As {@link #choose(List, List)}, reading the articles' words from terms already computed for the cluster
     * (the summariser's: {@link Summarizer#summarise(ClusterTerms)}), so that a briefing analyses its text once.
     * The terms of an article's sentences are the terms of its text, in order: the sentence splitter only cuts
     * where a token ends.
     */
    public String choose(ClusterTerms terms, List<SummarySentence> summary) {
        AnalysedArticle central = mostCentralTitled(terms);
        if (central != null) {
            return withoutOutletSuffix(central.article().title().strip(), central.article().outlet());
        }
        if (!summary.isEmpty()) {
            return truncate(summary.get(0).text(), MAX_CHARS);
        }
        return "";
    }

    /** The titled article most similar to the rest, ties to the earlier one; null when none has a title. */
    private static AnalysedArticle mostCentralTitled(ClusterTerms terms) {
        List<AnalysedArticle> articles = terms.articles();
        TermCounts[] counts = new TermCounts[articles.size()];
        int[] total = new int[terms.vocabularySize()];
        for (int a = 0; a < counts.length; a++) {
            counts[a] = TermCounts.of(terms, a);
            for (int k = 0; k < counts[a].terms.length; k++) {
                total[counts[a].terms[k]] += counts[a].counts[k];
            }
        }
        long totalNorm = 0;
        for (int n : total) {
            totalNorm += (long) n * n;
        }
        AnalysedArticle best = null;
        double bestScore = -1;
        for (int i = 0; i < articles.size(); i++) {
            String title = articles.get(i).article().title();
            if (title == null || title.isBlank()) {
                continue;
            }
            double score = cosineWithRest(counts[i], total, totalNorm);
            if (score > bestScore) {
                best = articles.get(i);
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The term counts of one article, sparse: its distinct term ids ascending and how often each occurs. Sparse
     * because a cluster's vocabulary grows with the cluster while one article uses a few hundred terms.
     */
    private record TermCounts(int[] terms, int[] counts) {
        static TermCounts of(ClusterTerms cluster, int article) {
            int tokens = 0;
            for (int s = 0; s < cluster.sentenceCount(article); s++) {
                tokens += cluster.sequence(article, s).length;
            }
            int[] all = new int[tokens];
            int n = 0;
            for (int s = 0; s < cluster.sentenceCount(article); s++) {
                for (int t : cluster.sequence(article, s)) {
                    all[n++] = t;
                }
            }
            Arrays.sort(all);
            int[] terms = new int[tokens];
            int[] counts = new int[tokens];
            int distinct = 0;
            for (int i = 0; i < tokens; i++) {
                if (i == 0 || all[i] != all[i - 1]) {
                    terms[distinct++] = all[i];
                }
                counts[distinct - 1]++;
            }
            return new TermCounts(Arrays.copyOf(terms, distinct), Arrays.copyOf(counts, distinct));
        }
    }

    /**
     * Cosine between one article and the sum of all the others (the total minus itself). The norm of the rest
     * comes from the total's norm, {@code |T - o|^2 = |T|^2 - 2 T.o + |o|^2}, so only the article's own terms are
     * visited (not the whole cluster vocabulary once per article); all sums are exact integers.
     */
    private static double cosineWithRest(TermCounts own, int[] total, long totalNorm) {
        long dot = 0;
        long ownNorm = 0;
        long totalDotOwn = 0;
        for (int k = 0; k < own.terms.length; k++) {
            long o = own.counts[k];
            long all = total[own.terms[k]];
            dot += o * (all - o);
            ownNorm += o * o;
            totalDotOwn += all * o;
        }
        long restNorm = totalNorm - 2 * totalDotOwn + ownNorm;
        return ownNorm == 0 || restNorm == 0 ? 0 : dot / Math.sqrt((double) ownNorm * restNorm);
    }

    /** "Talks resume | Harbour Gazette" becomes "Talks resume" when the outlet is the Harbour Gazette. */
    static String withoutOutletSuffix(String title, String outlet) {
        if (outlet == null || outlet.isBlank()) {
            return title;
        }
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        String lowerOutlet = outlet.strip().toLowerCase(Locale.ROOT);
        for (String separator : List.of(" | ", " - ", " – ", " — ")) {
            String suffix = separator + lowerOutlet;
            if (lowerTitle.endsWith(suffix) && title.length() > suffix.length()) {
                return title.substring(0, title.length() - suffix.length()).strip();
            }
        }
        return title;
    }

    /** {@code text} cut at the last word boundary within {@code maxChars}, with an ellipsis when cut. */
    public static String truncate(String text, int maxChars) {
        String s = text.strip();
        if (s.length() <= maxChars) {
            return s;
        }
        int cut = s.lastIndexOf(' ', maxChars - 1);
        if (cut <= 0) {
            cut = maxChars - 1;
        }
        return s.substring(0, cut).strip().replaceAll("[,;:\\-–—]+$", "") + "…";
    }
}
