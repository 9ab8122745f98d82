package org.dossier.summarise;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dossier.group.SentenceRef;

/**
 * Budgeted maximisation of concept coverage, the greedy way.
 *
 * <p>The objective is the total weight of the distinct concepts the chosen sentences contain. It is monotone and
 * submodular (a concept already covered adds nothing the second time), and for such functions under a budget the
 * following greedy procedure (Lin and Bilmes, 2010) is simple and comes with a constant-factor guarantee:
 * <ol>
 *   <li>repeatedly take the sentence with the best <em>gain per cost</em>, {@code gain / words^r}, among those that
 *       still fit the budget and whose group has not been used yet; stop when nothing fits or nothing gains;</li>
 *   <li>compare the result with the best single sentence that fits; keep whichever scores more (without this
 *       check, one long strong sentence can lose to a pile of short weak ones).</li>
 * </ol>
 * The scaling exponent {@code r} (below 1) stops the ratio from favouring very short sentences too much.
 * Ties go to the earlier candidate, so the outcome is deterministic.
 */
final class GreedySelector {
    private final ConceptModel model;
    private final int budget;
    /** Cost scaling exponent r in gain / words^r (learned, see {@link ConceptWeights#costScaling()}). */
    private final double costScaling;

    GreedySelector(ConceptModel model, int budget, double costScaling) {
        this.model = model;
        this.budget = budget;
        this.costScaling = costScaling;
    }

    /** Chosen candidates, in the order they were picked. */
    List<Candidate> select(List<Candidate> candidates) {
        BitSet covered = new BitSet(model.size());
        BitSet usedGroups = new BitSet();
        Set<SentenceRef> chosenRefs = new HashSet<>();
        boolean[] out = new boolean[candidates.size()];
        List<Candidate> chosen = new ArrayList<>();
        int words = 0;
        double total = 0;
        while (true) {
            int best = -1;
            double bestScore = 0;
            double bestGain = 0;
            for (int i = 0; i < candidates.size(); i++) {
                if (out[i]) {
                    continue;
                }
                Candidate c = candidates.get(i);
                if (words + c.words() > budget || usedGroups.get(c.group())) {
                    out[i] = true; // the budget only shrinks and groups stay used: never a candidate again
                    continue;
                }
                double gain = gain(c, covered, chosenRefs);
                double score = gain / Math.pow(c.words(), costScaling);
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                    bestGain = gain;
                }
            }
            if (best < 0) {
                break;
            }
            Candidate c = candidates.get(best);
            out[best] = true;
            chosen.add(c);
            chosenRefs.add(c.ref());
            usedGroups.set(c.group());
            for (int concept : c.concepts()) {
                covered.set(concept);
            }
            words += c.words();
            total += bestGain;
        }
        Candidate single = bestSingleton(candidates);
        if (single != null && gain(single, new BitSet(), Set.of()) > total) {
            return List.of(single);
        }
        return chosen;
    }

    private Candidate bestSingleton(List<Candidate> candidates) {
        Candidate best = null;
        double bestGain = 0;
        BitSet none = new BitSet();
        for (Candidate c : candidates) {
            if (c.words() <= budget) {
                double gain = gain(c, none, Set.of());
                if (gain > bestGain) {
                    best = c;
                    bestGain = gain;
                }
            }
        }
        return best;
    }

    /**
     * Weight of the concepts {@code c} would newly cover, scaled by how fit it is, plus its prior. A sentence that
     * leans on the previous one of its article loses its context penalty once that sentence is chosen.
     */
    private double gain(Candidate c, BitSet covered, Set<SentenceRef> chosen) {
        double g = 0;
        for (int concept : c.concepts()) {
            if (!covered.get(concept)) {
                g += model.weight(concept);
            }
        }
        double factor = c.gainFactor();
        if (c.contextFactor() != 1
                && !chosen.contains(new SentenceRef(c.ref().article(), c.ref().sentence() - 1))) {
            factor *= c.contextFactor();
        }
        return g * factor + c.prior();
    }
}
