package org.dossier.group.events;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Votes for candidate values (dates, places, durations) per event, and picks for each event the value that is both
 * frequent in it and specific to it: score {@code v(event, x)^2 / v(all, x)}, frequency times the share of all
 * votes for {@code x} that this event holds.
 *
 * <p>Why the share: articles about the second meeting also recap the first ("On Monday, the two met in Port
 * Essling"), so the first meeting's date and city get votes in both events. Raw frequency could then give both
 * events the same date; weighing by share gives each event the value that is <em>its own</em>. With one event the
 * share is always 1 and this is plain frequency.
 *
 * @param <T> the kind of value voted for
 */
final class Salience<T> {
    private final List<Map<T, Double>> votes;
    private final Map<T, Double> total = new HashMap<>();
    /** Order of first vote, to break ties stably. */
    private final Map<T, Integer> firstSeen = new HashMap<>();

    Salience(int events) {
        votes = new java.util.ArrayList<>(events);
        for (int e = 0; e < events; e++) {
            votes.add(new HashMap<>());
        }
    }

    void vote(int event, T value, double weight) {
        votes.get(event).merge(value, weight, Double::sum);
        total.merge(value, weight, Double::sum);
        firstSeen.putIfAbsent(value, firstSeen.size());
    }

    /** The most salient value of {@code event}, or null when it got no votes; ties go to {@code tieBreak} order. */
    T best(int event, Comparator<T> tieBreak) {
        return best(event, value -> true, tieBreak);
    }

    /** The most salient value of {@code event} among those {@code eligible}, or null when none got votes. */
    T best(int event, java.util.function.Predicate<T> eligible, Comparator<T> tieBreak) {
        T best = null;
        double bestScore = 0;
        for (Map.Entry<T, Double> e : votes.get(event).entrySet()) {
            if (!eligible.test(e.getKey())) {
                continue;
            }
            double score = e.getValue() * e.getValue() / total.get(e.getKey());
            if (best == null || score > bestScore + 1e-9
                    || (Math.abs(score - bestScore) <= 1e-9 && tieBreak.compare(e.getKey(), best) < 0)) {
                best = e.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /** Ties broken by which value was voted for first. */
    T best(int event) {
        return best(event, Comparator.comparing(firstSeen::get));
    }
}
