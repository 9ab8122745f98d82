package org.dossier.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.model.Citation;
import org.dossier.model.Discrepancy;
import org.dossier.model.Discrepancy.Kind;
import org.dossier.model.Discrepancy.StatedValue;
import org.dossier.model.Discrepancy.Verdict;

/**
 * Compares the words outlets use for the same meeting: "constructive" [1][3] against "productive" [2] is a
 * difference in wording ({@link Verdict#COMPATIBLE}); "constructive" against "tense" is a difference in
 * substance ({@link Verdict#CONFLICTING}).
 *
 * <p>A characterisation slot is one event; it becomes a discrepancy when at least two sources characterise the
 * event and use at least two different words, not all of them the same set. The verdict is conflicting when a
 * {@link Tone#POSITIVE} and a {@link Tone#NEGATIVE} word meet ({@link Tone#GUARDED} words agree with both), unless
 * the sources on each side are, by {@link OccasionWords}, describing different occasions.
 */
final class CharacterisationComparer {
    private final Occasions occasions;
    private final OccasionWords occasionWords;

    CharacterisationComparer(Occasions occasions, OccasionWords occasionWords) {
        this.occasions = occasions;
        this.occasionWords = occasionWords;
    }

    /** The characterisation discrepancies among {@code found}, unordered. */
    List<Ranked> compare(List<Characterisation> found) {
        return compare(found, Map.of());
    }

    /**
     * As {@link #compare(List)}, with what the figures showed about merged events ({@link ValueComparer#splits()}):
     * an event whose sources split into camps about different occasions is judged camp by camp (sources in no
     * camp on their own), so that one meeting's "constructive" is not set beside another meeting's "frank".
     */
    List<Ranked> compare(List<Characterisation> found, Map<Integer, List<Set<Integer>>> splits) {
        Map<Integer, List<Characterisation>> byOccasion = new LinkedHashMap<>();
        for (Characterisation c : found) {
            if (c.occasion() != Occasions.NONE) {
                byOccasion.computeIfAbsent(c.occasion(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Ranked> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Characterisation>> slot : byOccasion.entrySet()) {
            List<Set<Integer>> camps = splits.getOrDefault(slot.getKey(), List.of());
            Map<Integer, List<Characterisation>> byCamp = new LinkedHashMap<>();
            for (Characterisation c : slot.getValue()) {
                int camp = camps.size();
                for (int k = 0; k < camps.size(); k++) {
                    if (camps.get(k).contains(c.article())) {
                        camp = k;
                    }
                }
                byCamp.computeIfAbsent(camp, k -> new ArrayList<>()).add(c);
            }
            for (List<Characterisation> part : byCamp.values()) {
                Ranked r = judge(slot.getKey(), part);
                if (r != null) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private Ranked judge(int occasion, List<Characterisation> slot) {
        Map<String, List<Characterisation>> byLemma = new LinkedHashMap<>();
        Map<Integer, Set<String>> lemmasOf = new HashMap<>();
        for (Characterisation c : slot) {
            byLemma.computeIfAbsent(c.lemma(), k -> new ArrayList<>()).add(c);
            lemmasOf.computeIfAbsent(c.article(), k -> new TreeSet<>()).add(c.lemma());
        }
        if (byLemma.size() < 2 || lemmasOf.size() < 2 || new HashSet<>(lemmasOf.values()).size() < 2) {
            return null;
        }
        Set<Tone> tones = EnumSet.noneOf(Tone.class);
        slot.forEach(c -> tones.add(c.tone()));
        Verdict verdict = Verdict.COMPATIBLE;
        if (tones.contains(Tone.POSITIVE) && tones.contains(Tone.NEGATIVE)) {
            Set<Integer> positive = new TreeSet<>();
            Set<Integer> negative = new TreeSet<>();
            for (Characterisation c : slot) {
                if (c.tone() == Tone.POSITIVE) {
                    positive.add(c.article());
                } else if (c.tone() == Tone.NEGATIVE) {
                    negative.add(c.article());
                }
            }
            if (occasionWords.differentOccasions(List.of(positive, negative))) {
                return null; // two occasions, each described its own way: nothing to set side by side
            }
            verdict = Verdict.CONFLICTING;
        }
        List<StatedValue> values = new ArrayList<>();
        int position = Integer.MAX_VALUE;
        Map<String, Integer> nouns = new HashMap<>();
        for (List<Characterisation> same : byLemma.values()) {
            List<Citation> citations = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            Map<String, Integer> spellings = new LinkedHashMap<>();
            for (Characterisation c : same) {
                if (seen.add(((long) c.citation().source() << 32) | c.citation().sentence())) {
                    citations.add(c.citation());
                }
                spellings.merge(c.shown().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
                nouns.merge(c.noun(), 1, Integer::sum);
                position = Math.min(position, c.citation().sentence());
            }
            citations.sort(Comparator.comparingInt(Citation::source).thenComparingInt(Citation::sentence));
            String shown = spellings.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            values.add(new StatedValue(shown, citations));
        }
        values.sort(Comparator.comparing((StatedValue s) -> s.citations().stream().mapToInt(Citation::source)
                .distinct().count(), Comparator.reverseOrder()));
        String noun = nouns.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Discrepancy d = new Discrepancy(Subjects.described(noun, occasion, occasions), Kind.CHARACTERISATION,
                verdict, values);
        return new Ranked(d, lemmasOf.size(), position);
    }
}
