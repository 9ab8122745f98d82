package org.dossier.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dossier.model.Article;
import org.dossier.model.Briefing;
import org.dossier.render.BriefingJson;
import org.dossier.store.StoredArticle;
import org.dossier.store.StoryMembers;

/**
 * Turns a stored story into a briefing: picks the articles, briefs them, caches the result.
 *
 * <p>Which articles: a near-duplicate whose original is in the same story is left out (it would be a second
 * source saying the same sentences in the same words); of the rest, the newest {@code maxArticles} by publication
 * date (undated ones count as oldest; equal dates by arrival), so that a story that grew to thousands of articles
 * still briefs in about a second. They are briefed oldest first, so source [1] is the earliest report.
 */
final class StoryBriefer {
    /** Newest first: later date, then later arrival (the members list is in arrival order). */
    private static final Comparator<Candidate> NEWEST_FIRST = Comparator
            .comparing((Candidate c) -> c.article().article().published(),
                    Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparingInt(Candidate::arrival)
            .reversed();

    private final Function<List<Article>, Briefing> briefer;
    private final int maxArticles;
    private final BriefingCache cache;

    /** @param briefer makes a briefing of articles; in the server, {@code Dossier.builder().build()::brief} */
    StoryBriefer(Function<List<Article>, Briefing> briefer, int maxArticles, int cacheSize) {
        this.briefer = briefer;
        this.maxArticles = maxArticles;
        this.cache = new BriefingCache(cacheSize);
    }

    /** The story's briefing, from the cache when this exact selection of articles was briefed before. */
    StoryBriefing brief(StoryMembers members) {
        List<StoredArticle> chosen = choose(members.articles());
        int copies = copiesLeftOut(members.articles());
        BriefingCache.Key key = new BriefingCache.Key(members.story().id(), version(chosen));
        return cache.get(key, () -> {
            List<Article> articles = chosen.stream().map(StoredArticle::article).toList();
            Briefing briefing = briefer.apply(articles);
            return new StoryBriefing(members.story(), members.articles(), chosen, maxArticles, copies, briefing,
                    BriefingJson.write(briefing));
        });
    }

    /** How many briefings the cache holds. */
    int cached() {
        return cache.size();
    }

    /** The articles to brief, in the order they become sources [1], [2], ... */
    List<StoredArticle> choose(List<StoredArticle> members) {
        Set<String> ids = new HashSet<>();
        members.forEach(a -> ids.add(a.id()));
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            StoredArticle a = members.get(i);
            if (a.duplicateOf() == null || !ids.contains(a.duplicateOf())) {
                candidates.add(new Candidate(a, i));
            }
        }
        candidates.sort(NEWEST_FIRST);
        List<Candidate> newest = new ArrayList<>(candidates.subList(0, Math.min(maxArticles, candidates.size())));
        newest.sort(NEWEST_FIRST.reversed());
        return newest.stream().map(Candidate::article).toList();
    }

    private static int copiesLeftOut(List<StoredArticle> members) {
        Map<String, Boolean> present = new HashMap<>();
        members.forEach(a -> present.put(a.id(), true));
        int n = 0;
        for (StoredArticle a : members) {
            if (a.duplicateOf() != null && present.containsKey(a.duplicateOf())) {
                n++;
            }
        }
        return n;
    }

    /** A short digest of the chosen ids: changes whenever the selection does. */
    private static String version(List<StoredArticle> chosen) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (StoredArticle a : chosen) {
                sha.update(a.id().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Candidate(StoredArticle article, int arrival) {
    }
}
