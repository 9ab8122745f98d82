package org.dossier.summarise;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        AnalysedArticle central = mostCentralTitled(articles);
        if (central != null) {
            return withoutOutletSuffix(central.article().title().strip(), central.article().outlet());
        }
        if (!summary.isEmpty()) {
            return truncate(summary.get(0).text(), MAX_CHARS);
        }
        return "";
    }

    /** The titled article most similar to the rest, ties to the earlier one; null when none has a title. */
    private AnalysedArticle mostCentralTitled(List<AnalysedArticle> articles) {
        List<Map<String, Integer>> vectors = articles.stream().map(this::termCounts).toList();
        Map<String, Integer> total = new HashMap<>();
        for (Map<String, Integer> v : vectors) {
            v.forEach((term, n) -> total.merge(term, n, Integer::sum));
        }
        long totalNorm = 0;
        for (int n : total.values()) {
            totalNorm += (long) n * n;
        }
        AnalysedArticle best = null;
        double bestScore = -1;
        for (int i = 0; i < articles.size(); i++) {
            String title = articles.get(i).article().title();
            if (title == null || title.isBlank()) {
                continue;
            }
            double score = cosineWithRest(vectors.get(i), total, totalNorm);
            if (score > bestScore) {
                best = articles.get(i);
                bestScore = score;
            }
        }
        return best;
    }

    private Map<String, Integer> termCounts(AnalysedArticle a) {
        Map<String, Integer> counts = new HashMap<>();
        for (String term : analyzer.contentTerms(a.article().text())) {
            counts.merge(term, 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Cosine between one article and the sum of all the others (the total minus itself). The norm of the rest
     * comes from the total's norm, {@code |T - o|^2 = |T|^2 - 2 T.o + |o|^2}, so only the article's own terms are
     * visited (not the whole cluster vocabulary once per article); all sums are exact integers.
     */
    private static double cosineWithRest(Map<String, Integer> own, Map<String, Integer> total, long totalNorm) {
        long dot = 0;
        long ownNorm = 0;
        long totalDotOwn = 0;
        for (Map.Entry<String, Integer> e : own.entrySet()) {
            long o = e.getValue();
            long t = total.get(e.getKey());
            dot += o * (t - o);
            ownNorm += o * o;
            totalDotOwn += t * o;
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
