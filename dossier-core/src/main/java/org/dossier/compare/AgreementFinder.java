package org.dossier.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.analyse.terms.ClusterTerms;
import org.dossier.group.SentenceGroup;
import org.dossier.group.SentenceGrouper;
import org.dossier.group.SentenceGroups;
import org.dossier.group.SentenceRef;
import org.dossier.model.Agreement;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Citation;
import org.dossier.model.Sentence;

/**
 * Finds the claims several outlets state: "reported by 3 of 5".
 *
 * <p>Two passes:
 * <ol>
 *   <li><b>Near-duplicates.</b> {@link SentenceGrouper} groups sentences that say the same thing in nearly the
 *       same words (wire copy, shared quotes, light rewrites). Every group spanning two articles or more is a
 *       claim.</li>
 *   <li><b>Paraphrases.</b> Outlets often restate a fact in their own words, beyond what the grouper links
 *       ("met for 90 minutes on Monday" / "after the 90-minute meeting"). A sentence left alone by the first
 *       pass joins a claim (or pairs with another lone sentence of another article) when it shares a specific
 *       anchor (a figure, or enough rare words) and a looser share of weighted content words with it, and the two
 *       are not about different events ({@link Occasions}). A sentence joins only a claim whose sentences it
 *       matches at least half of, so that claims do not grow by chains of loose matches.</li>
 *   <li><b>Figures.</b> Sentences stating the same figure for the same slot (the same meeting's length, the same
 *       count of boats) are a claim too, however differently worded; the compare stage's readers supply them.</li>
 * </ol>
 * A claim all of whose sentences are already cited by a claim shown before it is not shown again.
 * Each claim is shown in the clearest wording among its sentences ({@link ClaimWording}) and cites every
 * sentence stating it; claims are ranked by how many sources state them, then by how early in their articles
 * (news puts what matters first).
 */
final class AgreementFinder {
    /** Weighted containment a paraphrase pair needs: the shorter sentence's rare words mostly in the longer. */
    private static final double MIN_CONTAINMENT = 0.45;
    /** Weighted Dice a paraphrase pair needs. */
    private static final double MIN_DICE = 0.3;
    /** Shared content words a paraphrase pair needs; with no shared figure, this many more. */
    private static final int MIN_SHARED = 3;
    private static final int MIN_SHARED_WITHOUT_FIGURE = 5;

    private final SentenceGrouper grouper;

    AgreementFinder(SentenceGrouper grouper) {
        this.grouper = grouper;
    }

    /** A claim before it is worded: its sentences, and how early they come. */
    private record Claim(List<SentenceRef> members, int sources, double earliness) {
    }

    /**
     * The agreements of the story, best first, at most {@code limit}.
     *
     * @param terms     the story's content terms (articles by position)
     * @param occasions which event each sentence is about
     */
    List<Agreement> find(ClusterTerms terms, Occasions occasions, int limit) {
        return find(terms, occasions, limit, List.of());
    }

    /**
     * As {@link #find(ClusterTerms, Occasions, int)}, with claims made of sentences that state the same figure
     * for the same slot ({@code figureClaims}: "the 90-minute meeting" / "met for about 90 minutes" / "an hour and
     * a half", whatever else the sentences say). A figure claim whose sentences an earlier claim already cites
     * adds nothing and is not shown.
     */
    List<Agreement> find(ClusterTerms terms, Occasions occasions, int limit, List<List<SentenceRef>> figureClaims) {
        List<AnalysedArticle> articles = terms.articles();
        SentenceGroups groups = grouper.group(terms);
        List<List<SentenceRef>> claims = new ArrayList<>();
        Set<SentenceRef> placed = new HashSet<>();
        for (SentenceGroup g : groups.repeated()) {
            if (g.articleCount() >= 2) {
                claims.add(new ArrayList<>(g.members()));
                placed.addAll(g.members());
            }
        }
        addParaphrases(terms, occasions, claims, placed);
        for (List<SentenceRef> f : figureClaims) {
            claims.add(new ArrayList<>(new java.util.TreeSet<>(f)));
        }
        List<Claim> ranked = new ArrayList<>();
        for (List<SentenceRef> members : claims) {
            int sources = (int) members.stream().mapToInt(SentenceRef::article).distinct().count();
            if (sources >= 2) {
                ranked.add(new Claim(members, sources, earliness(members, articles)));
            }
        }
        ranked.sort(Comparator.comparingInt(Claim::sources).reversed()
                .thenComparing(Claim::earliness, Comparator.reverseOrder()));
        List<Agreement> out = new ArrayList<>();
        List<Claim> shown = new ArrayList<>();
        Set<SentenceRef> cited = new HashSet<>();
        for (Claim c : ranked) {
            if (out.size() >= limit) {
                break;
            }
            if (cited.containsAll(c.members()) || shown.stream().anyMatch(earlier -> continues(c, earlier))) {
                continue; // says nothing a claim already shown does not
            }
            Agreement a = agreement(c, articles);
            if (a != null) {
                out.add(a);
                shown.add(c);
                cited.addAll(c.members());
            }
        }
        return out;
    }

    /**
     * Whether {@code later} is the second half of {@code earlier}: a quotation of two sentences that some outlets
     * print as one and others split ("We did not come to sign anything. We came to stop shouting.") makes two
     * groups, one per half. The second half's sentences then sit right next to the first half's in the same
     * articles (all of them, or all but one when there are four or more), and it adds no source.
     */
    private static boolean continues(Claim later, Claim earlier) {
        Set<Integer> earlierSources = new HashSet<>();
        for (SentenceRef e : earlier.members()) {
            earlierSources.add(e.article());
        }
        int adjacent = 0;
        for (SentenceRef m : later.members()) {
            if (!earlierSources.contains(m.article())) {
                return false;
            }
            for (SentenceRef e : earlier.members()) {
                if (e.article() == m.article() && Math.abs(e.sentence() - m.sentence()) == 1) {
                    adjacent++;
                    break;
                }
            }
        }
        int size = later.members().size();
        return adjacent >= (size >= 4 ? size - 1 : size);
    }

    /**
     * Second pass: lone sentences join a claim, or pair up, when they paraphrase it. Candidates come from an
     * inverted index over term ids, so only sentences sharing words are ever compared.
     */
    private static void addParaphrases(ClusterTerms terms, Occasions occasions, List<List<SentenceRef>> claims,
                                       Set<SentenceRef> placed) {
        List<AnalysedArticle> articles = terms.articles();
        List<SentenceRef> refs = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            for (int s = 0; s < terms.sentenceCount(a); s++) {
                refs.add(new SentenceRef(a, s));
            }
        }
        int n = refs.size();
        double[] idf = new double[terms.vocabularySize()];
        boolean[] isFigure = new boolean[idf.length];
        for (int t = 0; t < idf.length; t++) {
            idf[t] = terms.idf(t);
            isFigure[t] = hasDigit(terms.term(t));
        }
        int[][] sets = new int[n][];
        double[] weight = new double[n];
        List<List<Integer>> postings = new ArrayList<>(idf.length);
        for (int t = 0; t < idf.length; t++) {
            postings.add(new ArrayList<>(2));
        }
        java.util.Map<SentenceRef, Integer> claimOf = new java.util.HashMap<>();
        for (int c = 0; c < claims.size(); c++) {
            for (SentenceRef r : claims.get(c)) {
                claimOf.put(r, c);
            }
        }
        for (int g = 0; g < n; g++) {
            sets[g] = terms.set(refs.get(g).article(), refs.get(g).sentence());
            for (int t : sets[g]) {
                weight[g] += idf[t];
                postings.get(t).add(g);
            }
        }
        int[] shared = new int[n];
        double[] common = new double[n];
        boolean[] figure = new boolean[n];
        int[] touched = new int[n];
        for (int g = 0; g < n; g++) {
            SentenceRef r = refs.get(g);
            if (placed.contains(r) || sets[g].length < MIN_SHARED) {
                continue;
            }
            int touchedCount = 0;
            for (int t : sets[g]) {
                for (int h : postings.get(t)) {
                    if (refs.get(h).article() == r.article()) {
                        continue;
                    }
                    if (shared[h] == 0) {
                        touched[touchedCount++] = h;
                    }
                    shared[h]++;
                    common[h] += idf[t];
                    figure[h] |= isFigure[t];
                }
            }
            java.util.Map<Integer, Integer> matchedPerClaim = new java.util.HashMap<>();
            java.util.Map<Integer, Double> scorePerClaim = new java.util.HashMap<>();
            int partner = -1;
            double partnerScore = 0;
            for (int k = 0; k < touchedCount; k++) {
                int h = touched[k];
                double score = score(shared[h], common[h], figure[h], weight[g], weight[h]);
                shared[h] = 0;
                common[h] = 0;
                figure[h] = false;
                if (score <= 0 || !sameOccasion(terms, occasions, r, refs.get(h))) {
                    continue;
                }
                Integer c = claimOf.get(refs.get(h));
                if (c != null) {
                    matchedPerClaim.merge(c, 1, Integer::sum);
                    scorePerClaim.merge(c, score, Math::max);
                } else if (!placed.contains(refs.get(h)) && score > partnerScore) {
                    partner = h;
                    partnerScore = score;
                }
            }
            int bestClaim = -1;
            double bestScore = 0;
            for (java.util.Map.Entry<Integer, Integer> e : matchedPerClaim.entrySet()) {
                List<SentenceRef> claim = claims.get(e.getKey());
                boolean sameArticle = claim.stream().anyMatch(m -> m.article() == r.article());
                double score = scorePerClaim.get(e.getKey());
                if (!sameArticle && e.getValue() * 2 >= claim.size() && score > bestScore) {
                    bestClaim = e.getKey();
                    bestScore = score;
                }
            }
            if (bestClaim >= 0) {
                claims.get(bestClaim).add(r);
                claimOf.put(r, bestClaim);
                placed.add(r);
            } else if (partner >= 0) {
                SentenceRef other = refs.get(partner);
                claims.add(new ArrayList<>(List.of(r, other)));
                claimOf.put(r, claims.size() - 1);
                claimOf.put(other, claims.size() - 1);
                placed.add(r);
                placed.add(other);
            }
        }
    }

    /**
     * How strongly two sentences of different articles state the same claim in different words (their weighted
     * Dice), or 0 when they do not.
     */
    private static double score(int shared, double common, boolean figure, double wa, double wb) {
        if (shared < (figure ? MIN_SHARED : MIN_SHARED_WITHOUT_FIGURE)) {
            return 0;
        }
        double containment = common / Math.min(wa, wb);
        double dice = 2 * common / (wa + wb);
        return containment < MIN_CONTAINMENT || dice < MIN_DICE ? 0 : dice;
    }

    /** Whether two sentences are about the same known event. */
    private static boolean sameOccasion(ClusterTerms terms, Occasions occasions, SentenceRef x, SentenceRef y) {
        int ox = occasions.of(terms.articles().get(x.article()).index(), x.sentence());
        int oy = occasions.of(terms.articles().get(y.article()).index(), y.sentence());
        return ox == oy && ox != Occasions.NONE;
    }

    private static boolean hasDigit(String term) {
        for (int k = 0; k < term.length(); k++) {
            if (Character.isDigit(term.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Mean over the claim's sources of 1 / (1 + position of its earliest sentence stating it). */
    private static double earliness(List<SentenceRef> members, List<AnalysedArticle> articles) {
        java.util.Map<Integer, Integer> first = new java.util.HashMap<>();
        for (SentenceRef m : members) {
            first.merge(m.article(), m.sentence(), Math::min);
        }
        double sum = 0;
        for (int s : first.values()) {
            sum += 1.0 / (1 + s);
        }
        return sum / first.size();
    }

    /** The claim worded and cited, or {@code null} when none of its sentences can be shown alone. */
    private static Agreement agreement(Claim c, List<AnalysedArticle> articles) {
        List<Sentence> sentences = new ArrayList<>();
        for (SentenceRef r : c.members()) {
            sentences.add(articles.get(r.article()).sentences().get(r.sentence()));
        }
        Sentence shown = ClaimWording.clearest(sentences);
        if (shown == null) {
            return null;
        }
        List<Citation> citations = new ArrayList<>();
        citations.add(citation(shown));
        sentences.sort(Comparator.comparingInt(Sentence::articleIndex).thenComparingInt(Sentence::index));
        for (Sentence s : sentences) {
            if (s != shown) {
                citations.add(citation(s));
            }
        }
        return new Agreement(ClaimWording.text(shown), c.sources(), articles.size(), citations);
    }

    private static Citation citation(Sentence s) {
        return new Citation(s.articleIndex() + 1, s.index(), s.text());
    }
}
