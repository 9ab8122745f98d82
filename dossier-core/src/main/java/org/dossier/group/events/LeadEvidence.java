package org.dossier.group.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the opening of a news report states about the event it covers: where (places in locative phrases and the
 * dateline), on which weekday, and for how long; read from the report's lead (its title and first
 * {@value #LEAD_SENTENCES} sentences), and only from lead sentences that have an event word ("met", "summit").
 *
 * <p>Why the lead: news puts the event it covers first and recaps earlier events further down ("In September the
 * two met in ..."). Two reports whose leads place their events in different cities, on different weekdays or with
 * different lengths are reports of two events however many words they share; this is what tells apart two
 * meetings of the same leaders about the same subject when no publication date is known (the date family of
 * {@link DocumentSimilarity} is then empty). See {@link #conflicts(LeadEvidence, LeadEvidence, Set)}.
 *
 * @param places    places named in the lead's event sentences ("Port Essling", from "in Port Essling"), as written
 * @param weekdays  weekday names in the lead's event sentences, lower-cased ("monday")
 * @param minutes   lengths stated in the lead's event sentences, in minutes, with whether each is a bound
 * @param leadNames every capitalised word of the whole lead, lower-cased: what a place of another report is
 *                  looked up in (the dateline "ANTALYA, Turkey" names Turkey although no "in" precedes it)
 */
public record LeadEvidence(List<String> places, Set<String> weekdays, List<Length> minutes, Set<String> leadNames) {
    /** How many sentences after the title make up the lead. */
    public static final int LEAD_SENTENCES = 5;
    /** Evidence of a report with no usable lead. */
    public static final LeadEvidence NONE = new LeadEvidence(List.of(), Set.of(), List.of(), Set.of());

    /**
     * How many of place, weekday and length must disagree. One is not enough: reports of one event often name
     * two towns (the clinic's and the county's) or two weekdays (the arrest and the hearing) in their leads; on
     * the ECB+ development topics one disagreement alone marked 5% of the same-event pairs, two marked 0.1%.
     */
    static final int MIN_DISAGREEMENTS = 2;

    /** Two lengths within this ratio of each other state the same length ("35 minutes", "more than 30 minutes"). */
    private static final double SAME_LENGTH = 1.25;
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'’-]*");

    /** A stated length: minutes, and whether it was hedged ("more than 30 minutes"). */
    public record Length(long minutes, boolean approximate) {
    }

    public LeadEvidence {
        places = List.copyOf(Objects.requireNonNull(places, "places"));
        weekdays = Set.copyOf(Objects.requireNonNull(weekdays, "weekdays"));
        minutes = List.copyOf(Objects.requireNonNull(minutes, "minutes"));
        leadNames = Set.copyOf(Objects.requireNonNull(leadNames, "leadNames"));
    }

    /** Reads the evidence from a report's lead: {@code lead} holds its title (if any) and first sentences. */
    static LeadEvidence read(List<String> lead, NameSpotter spotter, DurationFinder durations) {
        List<String> places = new ArrayList<>();
        Set<String> weekdays = new HashSet<>();
        List<Length> minutes = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String sentence : lead) {
            names.addAll(capitalisedWords(sentence));
            if (!EventWords.inSentence(sentence)) {
                continue; // "a briefing in the resort on Monday" says nothing about where or when the talks were
            }
            for (NameSpotter.Place p : spotter.places(sentence)) {
                if (!places.contains(p.name())) {
                    places.add(p.name());
                }
            }
            Matcher w = WEEKDAY.matcher(sentence);
            while (w.find()) {
                weekdays.add(w.group(1).toLowerCase(Locale.ROOT));
            }
            for (StatedDuration d : durations.find(sentence, 0)) {
                minutes.add(new Length(d.minutes(), d.approximate()));
            }
        }
        return new LeadEvidence(places, weekdays, minutes, names);
    }

    /**
     * Whether two leads contradict each other: at least {@value #MIN_DISAGREEMENTS} of place, weekday and length
     * disagree (each counted only when both leads state it) and none agrees. A place agrees when either lead's place is named anywhere in the other lead (so "in Antalya" agrees
     * with a lead that says "in Turkey ... Antalya", and "at the Group of 20 in Turkey" with a dateline
     * "ANTALYA, Turkey"). Places in {@code topicPlaces} are left out: a country most of the story's reports name
     * is what the talks were about ("the conflict in Syria"), not where they took place.
     *
     * <p>Requiring no agreement at all keeps loose phrases from splitting an event: two reports of one meeting
     * that name different places in their leads ("at the UN" and "in New York") still agree on its length.
     */
    static boolean conflicts(LeadEvidence a, LeadEvidence b, Set<String> topicPlaces) {
        int disagree = 0;
        int agree = 0;
        List<String> placesA = withoutTopic(a.places, topicPlaces);
        List<String> placesB = withoutTopic(b.places, topicPlaces);
        if (!placesA.isEmpty() && !placesB.isEmpty()) {
            if (anyNamedIn(placesA, b.leadNames) || anyNamedIn(placesB, a.leadNames)) {
                agree++;
            } else {
                disagree++;
            }
        }
        if (!a.weekdays.isEmpty() && !b.weekdays.isEmpty()) {
            if (a.weekdays.stream().anyMatch(b.weekdays::contains)) {
                agree++;
            } else {
                disagree++;
            }
        }
        if (!a.minutes.isEmpty() && !b.minutes.isEmpty()) {
            if (sameLength(a.minutes, b.minutes)) {
                agree++;
            } else {
                disagree++;
            }
        }
        return disagree >= MIN_DISAGREEMENTS && agree == 0;
    }

    /**
     * The places named (as capitalised words, anywhere in the text) by more than three quarters of a collection
     * of at least three reports: the subject of the story rather than the venue of one of its events.
     *
     * @param evidence the leads of the reports
     * @param names    each report's capitalised words, lower-cased ({@link DocumentFeatures#names()})
     */
    static Set<String> topicPlaces(List<LeadEvidence> evidence, List<Map<String, Integer>> names) {
        Set<String> topic = new HashSet<>();
        int n = names.size();
        if (n < 3) {
            return topic;
        }
        Set<String> candidates = new HashSet<>();
        evidence.forEach(e -> candidates.addAll(e.places));
        for (String place : candidates) {
            List<String> words = words(place);
            long naming = names.stream().filter(m -> m.keySet().containsAll(words)).count();
            if (naming * 4 > n * 3) {
                topic.add(place);
            }
        }
        return topic;
    }

    private static List<String> withoutTopic(List<String> places, Set<String> topic) {
        return places.stream().filter(p -> !topic.contains(p)).toList();
    }

    private static boolean anyNamedIn(List<String> places, Set<String> names) {
        for (String place : places) {
            if (names.containsAll(words(place))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameLength(List<Length> a, List<Length> b) {
        for (Length x : a) {
            for (Length y : b) {
                double ratio = (double) Math.max(x.minutes, y.minutes) / Math.max(1, Math.min(x.minutes, y.minutes));
                if (ratio <= SAME_LENGTH) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The lower-cased words of a place name, without "of" ("Sea of Ardel" -> sea, ardel). */
    private static List<String> words(String place) {
        List<String> out = new ArrayList<>();
        for (String w : place.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.equals("of") && !w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static Set<String> capitalisedWords(String sentence) {
        Set<String> out = new HashSet<>();
        Matcher m = CAPITALISED.matcher(sentence);
        while (m.find()) {
            out.add(NameSpotter.stripPossessive(m.group()).toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
