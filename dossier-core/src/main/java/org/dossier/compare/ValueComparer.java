package org.dossier.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.analyse.terms.TermAnalyzer;
import org.dossier.group.events.StoryEvent;
import org.dossier.model.Citation;
import org.dossier.model.Discrepancy;
import org.dossier.model.Discrepancy.Kind;
import org.dossier.model.Discrepancy.StatedValue;
import org.dossier.model.Discrepancy.Verdict;

/**
 * Turns figures read from the sources ({@link Observation}s) into discrepancies: the same slot (same event, same
 * thing measured) stated with different figures, side by side, each with its sources, and a verdict.
 *
 * <p>Steps, all aimed at never showing a false conflict:
 * <ol>
 *   <li><b>Slots.</b> Figures are grouped by event, kind and head ("minutes" of E2, "boats" of E1).</li>
 *   <li><b>Leaks.</b> With several events, a figure that disagrees with its slot's consensus but agrees with the
 *       consensus of the same slot of another event, which its article also reports, is about that other event
 *       (a recap: "the 90-minute meeting on Monday" in a report on Friday's meeting), and moves there.</li>
 *   <li><b>Same thing.</b> Counts and amounts are compared only when their sentences share enough content words
 *       (two "percent" figures about dues and about grain are two facts); durations of one event are always
 *       about the same thing.</li>
 *   <li><b>Values.</b> Statements of the same figure with the same kind of hedge are one value ("about 90
 *       minutes" and "an hour and a half"); a slot with fewer than two values, or only one source, is no
 *       discrepancy.</li>
 *   <li><b>Verdict.</b> {@link Verdict#COMPATIBLE} when the values' ranges ({@link Hedge#range}) share a value,
 *       else {@link Verdict#CONFLICTING}, unless the figures split into camps of several sources each that
 *       {@link OccasionWords} shows to be about different occasions: then each camp is judged on its own.</li>
 * </ol>
 */
final class ValueComparer {
    /** Content words two sentences must share for their counts or amounts to be about the same thing. */
    private static final int MIN_SHARED_CONTEXT = 3;
    private static final double MIN_CONTEXT_DICE = 0.25;

    /**
     * Days apart two reports may be published for their figures to be compared: a toll, a poll or a budget
     * reported a week later is a new figure, not a disagreement.
     */
    private static final int MAX_DAYS_APART = 3;
    /** Words either side of a figure that make up its local context ("killed 11 people in the blast"). */
    private static final int NEAR_WORDS = 4;

    private final Occasions occasions;
    private final OccasionWords occasionWords;
    private final TermAnalyzer analyzer;
    private final Map<Observation, Set<String>> nearCache = new java.util.IdentityHashMap<>();
    /** Per event, the camps of sources found to describe different occasions (see {@link #splits()}). */
    private final Map<Integer, List<Set<Integer>>> splits = new HashMap<>();

    ValueComparer(Occasions occasions, OccasionWords occasionWords, TermAnalyzer analyzer) {
        this.occasions = occasions;
        this.occasionWords = occasionWords;
        this.analyzer = analyzer;
    }

    /** The discrepancies among {@code observations}, unordered. */
    List<Ranked> compare(List<Observation> observations) {
        Map<String, List<Observation>> bySlot = new LinkedHashMap<>();
        for (Observation o : observations) {
            if (o.occasion() != Occasions.NONE) {
                bySlot.computeIfAbsent(o.kind() + "/" + o.head(), k -> new ArrayList<>()).add(o);
            }
        }
        List<Ranked> out = new ArrayList<>();
        for (List<Observation> slot : bySlot.values()) {
            Map<Integer, List<Observation>> byOccasion = new HashMap<>();
            for (Observation o : moveLeaks(slot)) {
                byOccasion.computeIfAbsent(o.occasion(), k -> new ArrayList<>()).add(o);
            }
            for (List<Observation> same : byOccasion.values()) {
                for (List<Observation> cluster : sameThing(same)) {
                    judge(cluster, out);
                }
            }
        }
        return out;
    }

    /** Step 2: figures recapping another event move to it. */
    private List<Observation> moveLeaks(List<Observation> slot) {
        if (occasions.count() < 2) {
            return slot;
        }
        Map<Integer, ValueRange> consensus = new HashMap<>();
        Map<Integer, List<Observation>> byOccasion = new HashMap<>();
        for (Observation o : slot) {
            byOccasion.computeIfAbsent(o.occasion(), k -> new ArrayList<>()).add(o);
        }
        byOccasion.forEach((occasion, list) -> consensus.put(occasion, consensusRange(list)));
        List<Observation> out = new ArrayList<>(slot.size());
        for (Observation o : slot) {
            Observation placed = o;
            ValueRange own = consensus.get(o.occasion());
            if (own != null && !own.overlaps(o.range())) {
                for (Map.Entry<Integer, ValueRange> other : consensus.entrySet()) {
                    StoryEvent e = occasions.event(other.getKey());
                    if (other.getKey() != o.occasion() && other.getValue().overlaps(o.range()) && e != null
                            && e.sources().contains(o.article())) {
                        placed = o.on(other.getKey());
                        break;
                    }
                }
            }
            out.add(placed);
        }
        return out;
    }

    /** The range of the figure most sources give (ties: the plain figure, then the first). */
    private static ValueRange consensusRange(List<Observation> list) {
        Observation best = null;
        int bestSources = -1;
        for (Observation o : list) {
            Set<Integer> sources = new HashSet<>();
            for (Observation p : list) {
                if (p.sameValueAs(o)) {
                    sources.add(p.article());
                }
            }
            int n = sources.size() * 2 + (o.hedge().isHedged() ? 0 : 1);
            if (n > bestSources) {
                best = o;
                bestSources = n;
            }
        }
        return best.range();
    }

    /**
     * What {@link #compare} learnt about events the separator merged: per event, the camps of sources that its
     * figures showed to be about different occasions (each camp a set of article indices). Other slots of the
     * same event (how the meeting was described) should be split the same way.
     */
    Map<Integer, List<Set<Integer>>> splits() {
        return splits;
    }

    /** Step 3: clusters of statements about the same thing, each seeded by its most repeated figure. */
    private List<List<Observation>> sameThing(List<Observation> same) {
        if (same.get(0).kind() == Kind.DURATION) {
            return List.of(same);
        }
        List<Observation> order = new ArrayList<>(same);
        Map<Observation, Integer> support = new java.util.IdentityHashMap<>();
        for (Observation o : same) {
            support.put(o, (int) same.stream().filter(p -> p.sameValueAs(o)).map(Observation::article).distinct()
                    .count());
        }
        order.sort(Comparator.comparing(support::get, Comparator.reverseOrder()));
        List<List<Observation>> clusters = new ArrayList<>();
        Set<Observation> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Observation seed : order) {
            if (used.contains(seed)) {
                continue;
            }
            List<Observation> cluster = new ArrayList<>();
            for (Observation o : order) {
                if (!used.contains(o) && (o == seed || aboutTheSameThing(seed, o) && sameNearWords(seed, o)
                        && publishedClose(seed, o))) {
                    cluster.add(o);
                    used.add(o);
                }
            }
            clusters.add(cluster);
        }
        return clusters;
    }

    /** Whether two counts or amounts are stated in sentences that share enough content words. */
    static boolean aboutTheSameThing(Observation a, Observation b) {
        int shared = 0;
        for (String t : a.context()) {
            if (b.context().contains(t)) {
                shared++;
            }
        }
        int total = a.context().size() + b.context().size();
        return shared >= MIN_SHARED_CONTEXT && total > 0 && 2.0 * shared / total >= MIN_CONTEXT_DICE;
    }

    /**
     * Whether two figures share a content word in their own few words, apart from what is counted: "killed 11
     * people" and "14 people were killed" do; "50 percent of the levee" and "up to 13 percent more rain" in two
     * sentences about the same town do not. Sentences about one story share many words, so the sentence-wide
     * test alone sets unrelated figures of the same unit side by side as a conflict.
     */
    private boolean sameNearWords(Observation a, Observation b) {
        Set<String> near = near(a);
        for (String t : near(b)) {
            if (near.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two reports were published within {@link #MAX_DAYS_APART} days (true when a date is unknown). */
    private boolean publishedClose(Observation a, Observation b) {
        java.time.LocalDate x = occasions.published(a.article());
        java.time.LocalDate y = occasions.published(b.article());
        return x == null || y == null || Math.abs(x.toEpochDay() - y.toEpochDay()) <= MAX_DAYS_APART;
    }

    private Set<String> near(Observation o) {
        return nearCache.computeIfAbsent(o, x -> {
            String text = x.citation().text();
            int p = Math.max(0, Math.min(x.position(), text.length()));
            int from = p;
            for (int words = 0; from > 0 && words <= NEAR_WORDS; ) {
                from--;
                if (from > 0 && text.charAt(from - 1) == ' ') {
                    words++;
                }
            }
            int to = p;
            int extra = NEAR_WORDS + (x.shown() == null ? 0 : x.shown().split(" ").length)
                    + (x.noun() == null ? 0 : x.noun().split(" ").length);
            for (int words = 0; to < text.length() && words < extra; to++) {
                if (text.charAt(to) == ' ') {
                    words++;
                }
            }
            Set<String> terms = new HashSet<>(analyzer.contentTerms(text.substring(from, to)));
            terms.remove(x.head());
            if (x.noun() != null) {
                terms.removeAll(analyzer.contentTerms(x.noun()));
            }
            terms.removeIf(t -> !t.isEmpty() && Character.isDigit(t.charAt(0)));
            return terms;
        });
    }

    /** Steps 4 and 5 for one cluster. */
    private void judge(List<Observation> cluster, List<Ranked> out) {
        List<List<Observation>> values = values(cluster);
        if (values.size() < 2 || sources(values).size() < 2) {
            return;
        }
        List<ValueRange> ranges = new ArrayList<>();
        for (List<Observation> v : values) {
            ranges.add(v.get(0).range());
        }
        if (ValueRange.allOverlap(ranges)) {
            out.add(rank(cluster.get(0), values, Verdict.COMPATIBLE));
            return;
        }
        List<List<List<Observation>>> camps = camps(values);
        List<Set<Integer>> campSources = new ArrayList<>();
        for (List<List<Observation>> camp : camps) {
            campSources.add(sources(camp));
        }
        if (occasionWords.differentOccasions(campSources)) {
            splits.putIfAbsent(cluster.get(0).occasion(), campSources);
            for (List<List<Observation>> camp : camps) {
                if (camp.size() >= 2 && sources(camp).size() >= 2) {
                    out.add(rank(camp.get(0).get(0), camp, Verdict.COMPATIBLE));
                }
            }
            return;
        }
        out.add(rank(cluster.get(0), values, Verdict.CONFLICTING));
    }

    /**
     * The distinct values of a cluster, each the statements of one figure; a value whose every source also
     * states another value of the cluster is dropped (an article does not contradict itself: one of its figures
     * was misread as this slot's).
     */
    private static List<List<Observation>> values(List<Observation> cluster) {
        List<List<Observation>> values = new ArrayList<>();
        for (Observation o : cluster) {
            List<Observation> home = null;
            for (List<Observation> v : values) {
                if (v.get(0).sameValueAs(o)) {
                    home = v;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                values.add(home);
            }
            home.add(o);
        }
        if (values.size() < 2) {
            return values;
        }
        List<List<Observation>> kept = new ArrayList<>();
        for (List<Observation> v : values) {
            boolean alone = false;
            for (Observation o : v) {
                boolean elsewhere = false;
                for (List<Observation> w : values) {
                    if (w != v && w.stream().anyMatch(p -> p.article() == o.article())) {
                        elsewhere = true;
                        break;
                    }
                }
                alone |= !elsewhere;
            }
            if (alone) {
                kept.add(v);
            }
        }
        return kept;
    }

    /** Values sorted by their lowest allowed figure, cut where the running common range runs out. */
    private static List<List<List<Observation>>> camps(List<List<Observation>> values) {
        List<List<Observation>> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparingDouble(v -> v.get(0).range().low()));
        List<List<List<Observation>>> camps = new ArrayList<>();
        List<List<Observation>> current = new ArrayList<>();
        double high = Double.POSITIVE_INFINITY;
        for (List<Observation> v : sorted) {
            ValueRange r = v.get(0).range();
            if (!current.isEmpty() && r.low() > high + 1e-9 * Math.max(1, Math.abs(high))) {
                camps.add(current);
                current = new ArrayList<>();
                high = Double.POSITIVE_INFINITY;
            }
            current.add(v);
            high = Math.min(high, r.high());
        }
        camps.add(current);
        return camps;
    }

    private static Set<Integer> sources(List<List<Observation>> values) {
        Set<Integer> out = new TreeSet<>();
        for (List<Observation> v : values) {
            for (Observation o : v) {
                out.add(o.article());
            }
        }
        return out;
    }

    private Ranked rank(Observation first, List<List<Observation>> values, Verdict verdict) {
        List<StatedValue> stated = new ArrayList<>();
        int position = Integer.MAX_VALUE;
        for (List<Observation> v : values) {
            List<Citation> citations = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            Map<String, Integer> shownCounts = new LinkedHashMap<>();
            for (Observation o : v) {
                if (seen.add(((long) o.citation().source() << 32) | o.citation().sentence())) {
                    citations.add(o.citation());
                }
                shownCounts.merge(o.shown(), 1, Integer::sum);
                position = Math.min(position, o.citation().sentence());
            }
            citations.sort(Comparator.comparingInt(Citation::source).thenComparingInt(Citation::sentence));
            String shown = shownCounts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            stated.add(new StatedValue(shown, citations));
        }
        // the best-supported value first, so that the odd one out reads last
        stated.sort(Comparator.comparing((StatedValue s) -> s.citations().stream().mapToInt(Citation::source)
                .distinct().count(), Comparator.reverseOrder()));
        Discrepancy d = new Discrepancy(Subjects.of(first, occasions), first.kind(), verdict, stated);
        return new Ranked(d, sources(values).size(), position);
    }
}
