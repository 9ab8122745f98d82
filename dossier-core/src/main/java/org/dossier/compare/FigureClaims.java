package org.dossier.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.group.SentenceRef;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Discrepancy.Kind;

/**
 * Claims made of one figure: the sentences of different articles that give the same value for the same slot
 * ("about 90 minutes", "an hour and a half", "the 90-minute meeting" for Monday's meeting).
 *
 * <p>Outlets word a figure in many ways that no word-overlap test links, but the readers of the compare stage
 * already know when two sentences state the same value of the same slot. Meeting lengths are grouped by event;
 * counts and amounts only when their sentences are about the same thing as well
 * ({@link ValueComparer#aboutTheSameThing}), since "14 boats" is said of the seizure and of the return alike.
 */
final class FigureClaims {
    private FigureClaims() {
    }

    /** The figure claims among {@code figures} (unplaced observations), as sentence positions. */
    static List<List<SentenceRef>> of(List<Observation> figures, Occasions occasions,
                                      List<AnalysedArticle> articles) {
        Map<Integer, Integer> positionOf = new HashMap<>();
        for (int p = 0; p < articles.size(); p++) {
            positionOf.put(articles.get(p).index(), p);
        }
        List<List<Observation>> groups = new ArrayList<>();
        for (Observation o : figures) {
            List<Observation> home = null;
            for (List<Observation> g : groups) {
                Observation seed = g.get(0);
                if (seed.kind() == o.kind() && seed.head().equals(o.head()) && seed.sameValueAs(o)
                        && (o.kind() == Kind.DURATION || ValueComparer.aboutTheSameThing(seed, o))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(o);
        }
        List<List<SentenceRef>> out = new ArrayList<>();
        for (List<Observation> g : groups) {
            if (g.stream().mapToInt(Observation::article).distinct().count() < 2) {
                continue;
            }
            // the same value for two events is two facts: split the group by event
            Map<Integer, List<SentenceRef>> byOccasion = new HashMap<>();
            for (Observation o : g) {
                int occasion = occasions.of(o.article(), o.citation().sentence(), o.position());
                Integer position = positionOf.get(o.article());
                if (occasion != Occasions.NONE && position != null) {
                    byOccasion.computeIfAbsent(occasion, k -> new ArrayList<>())
                            .add(new SentenceRef(position, o.citation().sentence()));
                }
            }
            for (List<SentenceRef> refs : byOccasion.values()) {
                if (refs.stream().mapToInt(SentenceRef::article).distinct().count() >= 2) {
                    out.add(refs);
                }
            }
        }
        return out;
    }
}
