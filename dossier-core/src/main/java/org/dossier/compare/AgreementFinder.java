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
 * </ol>
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
        for (Claim c : ranked) {
            if (out.size() >= limit) {
                break;
            }
            Agreement a = agreement(c, articles);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** Second pass: lone sentences join a claim, or pair up, when they paraphrase it. */
    private static void addParaphrases(ClusterTerms terms, Occasions occasions, List<List<SentenceRef>> claims,
                                       Set<SentenceRef> placed) {
        List<AnalysedArticle> articles = terms.articles();
        List<SentenceRef> lone = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            for (int s = 0; s < terms.sentenceCount(a); s++) {
                SentenceRef r = new SentenceRef(a, s);
                if (!placed.contains(r) && terms.set(a, s).length >= MIN_SHARED) {
                    lone.add(r);
                }
            }
        }
        for (SentenceRef r : lone) {
            if (placed.contains(r)) {
                continue;
            }
            List<SentenceRef> bestClaim = null;
            double bestScore = 0;
            for (List<SentenceRef> claim : claims) {
                int matched = 0;
                double score = 0;
                boolean sameArticle = false;
                for (SentenceRef m : claim) {
                    sameArticle |= m.article() == r.article();
                    double s = paraphrase(terms, occasions, r, m);
                    if (s > 0) {
                        matched++;
                        score = Math.max(score, s);
                    }
                }
                if (!sameArticle && matched * 2 >= claim.size() && score > bestScore) {
                    bestClaim = claim;
                    bestScore = score;
                }
            }
            if (bestClaim == null) {
                SentenceRef partner = null;
                for (SentenceRef other : lone) {
                    if (other.article() != r.article() && !placed.contains(other)) {
                        double s = paraphrase(terms, occasions, r, other);
                        if (s > bestScore) {
                            bestScore = s;
                            partner = other;
                        }
                    }
                }
                if (partner != null) {
                    claims.add(new ArrayList<>(List.of(r, partner)));
                    placed.add(partner);
                    placed.add(r);
                }
            } else {
                bestClaim.add(r);
                placed.add(r);
            }
        }
    }

    /**
     * How strongly two sentences of different articles state the same claim in different words (their weighted
     * Dice), or 0 when they do not.
     */
    private static double paraphrase(ClusterTerms terms, Occasions occasions, SentenceRef x, SentenceRef y) {
        int[] a = terms.set(x.article(), x.sentence());
        int[] b = terms.set(y.article(), y.sentence());
        double wa = 0;
        double wb = 0;
        double common = 0;
        int shared = 0;
        boolean figure = false;
        int i = 0;
        int j = 0;
        for (int t : a) {
            wa += terms.idf(t);
        }
        for (int t : b) {
            wb += terms.idf(t);
        }
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                common += terms.idf(a[i]);
                figure |= hasDigit(terms.term(a[i]));
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        if (shared < (figure ? MIN_SHARED : MIN_SHARED_WITHOUT_FIGURE)) {
            return 0;
        }
        double containment = common / Math.min(wa, wb);
        double dice = 2 * common / (wa + wb);
        if (containment < MIN_CONTAINMENT || dice < MIN_DICE) {
            return 0;
        }
        int ax = terms.articles().get(x.article()).index();
        int ay = terms.articles().get(y.article()).index();
        int ox = occasions.of(ax, x.sentence());
        int oy = occasions.of(ay, y.sentence());
        if (ox != oy || ox == Occasions.NONE) {
            return 0;
        }
        return dice;
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
