package org.dossier.group.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dossier.analyse.dates.TemporalMention;
import org.dossier.analyse.terms.TermAnalyzer;
import org.dossier.model.Sentence;

/**
 * Describes the events found by clustering: what, where, when, who, how long, and which articles report each.
 *
 * <p>The date is voted for by the resolved days of event sentences, recent ones (relative to each article's
 * publication) counting more, among the days reported by the most member articles; the place by capitalised phrases after "in"/"at", those next to the event's own day
 * counting triple and those next to another day not at all; the duration likewise leaves out sentences dated to
 * another day.
 *
 * <p>The evidence comes from <em>event sentences</em> (those with an event word such as "met" or "summit"), and
 * every choice among candidates uses {@link Salience}, so that a value recapped by the articles of another event
 * does not win over the value that event owns. The order matters: the date is chosen first, because a duration or
 * place stated in a sentence dated to another day belongs to that other day's event.
 */
final class EventDescriber {
    private static final int LEAD_SENTENCES = 6;
    private static final int MAX_PEOPLE = 6;

    private final TaggedStory story;
    private final List<List<Integer>> clusters;
    private final NameSpotter names = new NameSpotter();
    private final DurationFinder durations = new DurationFinder();
    private final TermAnalyzer analyzer;

    /** @param clusters article positions of each event */
    EventDescriber(TaggedStory story, List<List<Integer>> clusters, TermAnalyzer analyzer) {
        this.story = story;
        this.clusters = clusters;
        this.analyzer = analyzer;
    }

    /** The described events, unnumbered ("" ids) and in cluster order. */
    List<StoryEvent> describe() {
        int k = clusters.size();
        LocalDate[] when = new LocalDate[k];
        boolean[] fromPublication = new boolean[k];
        Salience<LocalDate> dates = new Salience<>(k);
        List<Map<LocalDate, Set<Integer>>> reporters = new ArrayList<>(k);
        for (int e = 0; e < k; e++) {
            Map<LocalDate, Set<Integer>> reportedBy = new HashMap<>();
            reporters.add(reportedBy);
            for (int a : clusters.get(e)) {
                for (int s = 0; s < story.sentences(a).size(); s++) {
                    if (story.isEventSentence(a, s)) {
                        for (LocalDate day : story.reportedDays(a, s)) {
                            dates.vote(e, day, recency(day, story.published(a)));
                            reportedBy.computeIfAbsent(day, x -> new HashSet<>()).add(a);
                        }
                    }
                }
            }
        }
        for (int e = 0; e < k; e++) {
            // only days reported by the most member articles compete: a day one article alone gives (a recap's
            // own publication day, read from a "today" in a quote) must not outvote the day all the others report,
            // which salience alone could let happen when that shared day is recapped by the other events too
            Map<LocalDate, Set<Integer>> reportedBy = reporters.get(e);
            int most = reportedBy.values().stream().mapToInt(Set::size).max().orElse(0);
            when[e] = dates.best(e, day -> reportedBy.get(day).size() == most, Comparator.naturalOrder());
            if (when[e] == null) {
                when[e] = earliestPublication(clusters.get(e));
                fromPublication[e] = when[e] != null;
            }
        }
        String[] where = places(when);
        List<StoryEvent> out = new ArrayList<>(k);
        List<List<StatedDuration>> lengths = statedDurations(when);
        Salience<Long> minutes = new Salience<>(k);
        for (int e = 0; e < k; e++) {
            for (StatedDuration d : lengths.get(e)) {
                minutes.vote(e, d.minutes(), d.approximate() ? 0.5 : 1.0);
            }
        }
        String[] stated = statedDays(when);
        for (int e = 0; e < k; e++) {
            List<Integer> members = clusters.get(e);
            Long best = minutes.best(e);
            StatedDuration duration = null;
            for (StatedDuration d : lengths.get(e)) {
                if (best != null && d.minutes() == best && (duration == null || duration.approximate())) {
                    duration = d;
                }
            }
            out.add(new StoryEvent("", indices(members), sources(e, when[e], where[e]), what(e, when[e], where[e]),
                    where[e], when[e], fromPublication[e], people(members, where[e]), duration, lengths.get(e),
                    when[e] == null ? stated[e] : null));
        }
        return out;
    }

    /** A relative day in the lead counts this many times: news opens with when it happened. */
    private static final double LEAD_DAY = 3.0;
    /** A part of the day written right after a weekday belongs to what the reader is shown: "Monday evening". */
    private static final java.util.regex.Pattern PART_OF_DAY = java.util.regex.Pattern.compile(
            "^\\s+(morning|afternoon|evening|night)\\b");

    /**
     * For events no sentence dates: the relative day their event sentences state ("Monday", "today", "last
     * Sunday") that no publication date could resolve, as written. Voted for like the date ({@link Salience}, so
     * the recap of the other meeting's weekday does not win), a lead sentence counting {@value #LEAD_DAY} times;
     * the most frequent wording of the winning day is shown. Null for an event without such a mention.
     */
    private String[] statedDays(LocalDate[] when) {
        int k = clusters.size();
        Salience<String> votes = new Salience<>(k);
        Map<String, Map<String, Integer>> wordings = new HashMap<>();
        for (int e = 0; e < k; e++) {
            for (int a : clusters.get(e)) {
                List<Sentence> sentences = story.sentences(a);
                for (int s = 0; s < sentences.size(); s++) {
                    if (!story.isEventSentence(a, s)) {
                        continue;
                    }
                    String text = sentences.get(s).text();
                    for (TemporalMention m : story.mentions(a, s)) {
                        if (m.resolved() != null || !m.relative()
                                || m.granularity() != org.dossier.analyse.dates.Granularity.DAY) {
                            continue;
                        }
                        votes.vote(e, m.expression(), s < LEAD_SENTENCES ? LEAD_DAY : 1.0);
                        wordings.computeIfAbsent(m.expression(), x -> new HashMap<>())
                                .merge(wording(text, m), 1, Integer::sum);
                    }
                }
            }
        }
        String[] out = new String[k];
        for (int e = 0; e < k; e++) {
            String best = when[e] == null ? votes.best(e) : null;
            if (best != null) {
                out[e] = wordings.get(best).entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(x -> x.getKey().length())
                                .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                        .map(Map.Entry::getKey).orElse(null);
            }
        }
        return out;
    }

    /** The mention as written, with a part of the day that follows it ("Monday evening"). */
    private static String wording(String text, TemporalMention m) {
        java.util.regex.Matcher part = PART_OF_DAY.matcher(text.substring(Math.min(m.end(), text.length())));
        return part.find() ? m.text() + " " + part.group(1) : m.text();
    }

    /**
     * How much a reported day counts as the date of the article's event: news reports what just happened, so a day
     * a week before publication counts half, and the January background of a March report next to nothing.
     */
    private static double recency(LocalDate day, LocalDate published) {
        if (published == null) {
            return 1.0;
        }
        long daysBefore = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(day, published));
        return 1.0 / (1.0 + daysBefore / 7.0);
    }

    private LocalDate earliestPublication(List<Integer> members) {
        LocalDate earliest = null;
        for (int a : members) {
            LocalDate p = story.published(a);
            if (p != null && (earliest == null || p.isBefore(earliest))) {
                earliest = p;
            }
        }
        return earliest;
    }

    /**
     * Place votes from event sentences (and the first sentence, which may be a dateline): a place in the lead counts
     * {@value #LEAD_PLACE} times, one right after an event word ("summit in X") {@value #TIED_PLACE} times, and one
     * next to the event's own day three times; next to another day it does not count.
     */
    private String[] places(LocalDate[] when) {
        int k = clusters.size();
        Salience<String> votes = new Salience<>(k);
        for (int e = 0; e < k; e++) {
            for (int a : clusters.get(e)) {
                List<Sentence> sentences = story.sentences(a);
                for (int s = 0; s < sentences.size(); s++) {
                    boolean dateline = s == 0;
                    if (!story.isEventSentence(a, s) && !dateline) {
                        continue;
                    }
                    String text = sentences.get(s).text();
                    List<TemporalMention> dated = story.mentions(a, s);
                    double lead = s < LEAD_SENTENCES ? LEAD_PLACE : 1.0;
                    for (NameSpotter.Place p : names.places(text)) {
                        int position = text.indexOf(p.name());
                        double weight = p.weight() * lead * (tiedToEventWord(text, position) ? TIED_PLACE : 1.0);
                        TemporalMention nearest = nearestDay(dated, position);
                        if (nearest == null) {
                            votes.vote(e, p.name(), weight);
                        } else if (when[e] != null && nearest.resolved().equals(when[e])) {
                            // "on Friday in Brennholm": the place is tied to the event's own day
                            votes.vote(e, p.name(), weight * 3);
                        }
                    }
                }
            }
        }
        String[] where = new String[k];
        for (int e = 0; e < k; e++) {
            where[e] = votes.best(e);
        }
        return where;
    }

    /** A place named in the lead (the first sentences) counts this many times: news opens with where it happened. */
    private static final double LEAD_PLACE = 2.0;
    /**
     * A place right after an event word counts this many times: "the summit in Antalya", "the 90-minute meeting
     * in New York" name the venue, while "the conflict in Syria" names what the talks were about.
     */
    private static final double TIED_PLACE = 3.0;
    /** How many words before a place phrase (its preposition and article included) an event word may stand. */
    private static final int TIED_WORDS = 4;

    /**
     * Whether an event word stands among the few words just before the place phrase that starts at {@code at}.
     * Other place phrases in between do not count against the distance, so the town of a venue is tied too:
     * "met at the Old Customs House in Port Essling".
     */
    static boolean tiedToEventWord(String text, int at) {
        if (at <= 0) {
            return false;
        }
        String[] before = text.substring(0, at).trim().split("[^\\p{L}\\p{N}]+");
        int counted = 0;
        for (int w = before.length - 1; w >= 0 && counted < TIED_WORDS; w--) {
            String word = before[w];
            if (EventWords.isEventWord(word)) {
                return true;
            }
            boolean placeChain = word.isEmpty() || Character.isUpperCase(word.charAt(0))
                    || PLACE_LINKS.contains(word);
            if (!placeChain) {
                counted++;
            }
        }
        return false;
    }

    /** Words that join a venue to its town ("at the Hall in Port Essling"); skipped when measuring the distance. */
    private static final Set<String> PLACE_LINKS = Set.of("in", "at", "the", "of");

    /** Places within this many characters of a day mention belong to that day. */
    private static final int NEAR = 60;

    /** The resolved day mention closest to {@code position}, if one is within {@link #NEAR} characters. */
    private static TemporalMention nearestDay(List<TemporalMention> mentions, int position) {
        TemporalMention best = null;
        int bestDistance = NEAR + 1;
        for (TemporalMention m : mentions) {
            if (!m.isResolvedDay() || position < 0) {
                continue;
            }
            int distance = position < m.start() ? m.start() - position : Math.max(0, position - m.end());
            if (distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Durations stated in each event's event sentences, leaving out sentences dated to another day. */
    private List<List<StatedDuration>> statedDurations(LocalDate[] when) {
        List<List<StatedDuration>> out = new ArrayList<>();
        for (int e = 0; e < clusters.size(); e++) {
            List<StatedDuration> found = new ArrayList<>();
            for (int a : clusters.get(e)) {
                List<Sentence> sentences = story.sentences(a);
                for (int s = 0; s < sentences.size(); s++) {
                    List<LocalDate> days = story.days(a, s);
                    if (!story.isEventSentence(a, s)
                            || (when[e] != null && !days.isEmpty() && !days.contains(when[e]))) {
                        continue;
                    }
                    for (StatedDuration d : durations.find(sentences.get(s).text(), story.index(a))) {
                        TemporalMention nearest = nearestDay(story.mentions(a, s), sentences.get(s).text().indexOf(d.text()));
                        if (nearest == null || when[e] == null || nearest.resolved().equals(when[e])) {
                            found.add(d); // "an hour and a half ... last Monday" belongs to Monday's event
                        }
                    }
                }
            }
            out.add(found);
        }
        return out;
    }

    /**
     * The lead sentence most typical of the event: its content terms are shared by many of the event's articles,
     * it has an event word, and it names the event's place or date. Quotations and very short lines are skipped.
     */
    private Sentence what(int e, LocalDate when, String where) {
        List<Integer> members = clusters.get(e);
        Map<String, Integer> articleFrequency = new HashMap<>();
        for (int a : members) {
            for (String t : story.articleTerms(a)) {
                articleFrequency.merge(t, 1, Integer::sum);
            }
        }
        Sentence best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int a : members) {
            List<Sentence> sentences = story.sentences(a);
            for (int s = 0; s < Math.min(LEAD_SENTENCES, sentences.size()); s++) {
                String text = sentences.get(s).text();
                Set<String> terms = new HashSet<>(analyzer.contentTerms(text));
                if (terms.size() < 6 || startsWithQuote(text)) {
                    continue;
                }
                double shared = 0;
                for (String t : terms) {
                    shared += (double) articleFrequency.getOrDefault(t, 0) / members.size();
                }
                double score = shared / Math.sqrt(terms.size());
                score += story.isEventSentence(a, s) ? 0.5 : 0;
                score += where != null && text.contains(where) ? 0.3 : 0;
                List<LocalDate> days = story.days(a, s);
                score += when != null && days.contains(when) ? 0.3 : 0;
                score -= days.stream().anyMatch(d -> !d.equals(when)) ? 1.0 : 0; // also about another day
                score -= 0.02 * s; // earlier is better: news puts what happened first
                if (score > bestScore) {
                    best = sentences.get(s);
                    bestScore = score;
                }
            }
        }
        if (best == null) {
            // every lead sentence was short or quoted: fall back on the first sentence of the first article
            for (int a : members) {
                if (!story.sentences(a).isEmpty()) {
                    return story.sentences(a).get(0);
                }
            }
        }
        return best;
    }

    private static boolean startsWithQuote(String text) {
        return !text.isEmpty() && (text.charAt(0) == '"' || text.charAt(0) == '\u201C');
    }

    /** People named in the event's articles, by how many of them name each (surname) at least once. */
    private List<String> people(List<Integer> members, String where) {
        Map<String, Set<Integer>> articles = new LinkedHashMap<>();
        Map<String, String> fullest = new HashMap<>();
        for (int a : members) {
            for (Sentence s : story.sentences(a)) {
                for (NameSpotter.Person p : names.people(s.text())) {
                    if (where != null && where.endsWith(p.surname())) {
                        continue;
                    }
                    articles.computeIfAbsent(p.surname(), x -> new HashSet<>()).add(a);
                    fullest.merge(p.surname(), p.fullName(),
                            (old, now) -> now.split(" ").length > old.split(" ").length ? now : old);
                }
            }
        }
        int least = Math.min(2, members.size());
        return articles.entrySet().stream()
                .filter(x -> x.getValue().size() >= least)
                .sorted((x, y) -> Integer.compare(y.getValue().size(), x.getValue().size()))
                .limit(MAX_PEOPLE)
                .map(x -> fullest.get(x.getKey()))
                .toList();
    }

    /**
     * The event's own articles, plus each other article with an event sentence that reports the event's day as
     * past or names its place without naming another day. An article published before the event happened
     * (a preview) is never a source of it.
     */
    private List<Integer> sources(int e, LocalDate when, String where) {
        Set<Integer> out = new TreeSet<>(indices(clusters.get(e)));
        for (int a = 0; a < story.size(); a++) {
            if (out.contains(story.index(a))) {
                continue;
            }
            LocalDate published = story.published(a);
            if (when != null && published != null && published.isBefore(when)) {
                continue;
            }
            List<Sentence> sentences = story.sentences(a);
            for (int s = 0; s < sentences.size(); s++) {
                if (!story.isEventSentence(a, s)) {
                    continue;
                }
                List<LocalDate> days = story.days(a, s);
                boolean datedHere = when != null && story.reportedDays(a, s).contains(when);
                boolean placedHere = where != null && sentences.get(s).text().contains(where)
                        && (days.isEmpty() || (when != null && days.contains(when)));
                if (datedHere || placedHere) {
                    out.add(story.index(a));
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    private List<Integer> indices(List<Integer> positions) {
        List<Integer> out = new ArrayList<>(positions.size());
        for (int a : positions) {
            out.add(story.index(a));
        }
        out.sort(null);
        return out;
    }
}
