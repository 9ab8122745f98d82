package org.dossier.compare;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.analyse.dates.Quotes;
import org.dossier.analyse.dates.TemporalMention;
import org.dossier.analyse.dates.TemporalTagger;
import org.dossier.group.events.StoryEvent;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Citation;
import org.dossier.model.Discrepancy;
import org.dossier.model.Sentence;

/**
 * Finds outlets that give different days for the same meeting: "met on Monday" (10 March) [2][3] against "met on
 * Tuesday" (11 March) [7].
 *
 * <p>A <em>date statement</em> is a resolved day (a date, or a weekday or "yesterday" resolved against the
 * article's publication date) written in the same clause as a meeting word ("met", "talks", "summit"), outside
 * quotation marks, and not after the article's publication date. It belongs to an event when the sentence names
 * that event's place and no other event's, or when it stands in the lead (first three sentences) of an article
 * the event separator gave that event and names no other event's place. A day that is another event's day is
 * that event's recap, not a disagreement, and is ignored.
 *
 * <p>Each article counts once per event: its first date statement. An article that states two different days for
 * the same event is left out of that event (the reader cannot tell which it means). The event must have been
 * dated by its sources' text (not guessed from a publication date), and at least two sources must state that
 * day, more than state any other: one outlet against one, or an even split, is as likely two meetings the event
 * separator joined (a visiting minister received on two days) as one meeting misdated, so it stays silent. Different days cannot both be
 * true, so every date discrepancy is {@linkplain Discrepancy.Verdict#CONFLICTING conflicting}.
 */
final class DateComparer {
    private static final Pattern MEETING = Pattern.compile(
            "\\b(?:met|meet|meets|meeting|meetings|talks|summit|session|encounter|conversation|negotiations"
                    + "|sat down|spoke)\\b");
    private static final String CLAUSE_BREAKS = ",;:()\u2014\u2013";
    private static final int LEAD = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMMM yyyy", Locale.ENGLISH);

    private final TemporalTagger tagger;

    DateComparer(TemporalTagger tagger) {
        this.tagger = tagger;
    }

    /** One article's day for one event. */
    private record Statement(LocalDate day, String written, Citation citation, int position) {
    }

    List<Ranked> compare(List<AnalysedArticle> articles, Occasions occasions) {
        List<StoryEvent> events = occasions.events();
        if (events.isEmpty() || articles.size() < 2) {
            return List.of();
        }
        Set<LocalDate> eventDays = new HashSet<>();
        for (StoryEvent e : events) {
            if (e.when() != null && !e.whenFromPublication()) {
                eventDays.add(e.when());
            }
        }
        // tag once: the sentences with a meeting word and a day next to it
        Map<Integer, List<Dated>> dated = new LinkedHashMap<>();
        for (AnalysedArticle a : articles) {
            dated.put(a.index(), dated(a));
        }
        List<Ranked> out = new ArrayList<>();
        for (int e = 0; e < events.size(); e++) {
            StoryEvent event = events.get(e);
            if (event.when() == null || event.whenFromPublication()) {
                continue;
            }
            Map<Integer, Statement> byArticle = new LinkedHashMap<>();
            Set<Integer> unsure = new HashSet<>();
            for (AnalysedArticle a : articles) {
                for (Statement s : statements(a, dated.get(a.index()), e, events)) {
                    if (!s.day().equals(event.when()) && eventDays.contains(s.day())) {
                        continue; // another event's day: a recap
                    }
                    Statement first = byArticle.putIfAbsent(a.index(), s);
                    if (first != null && !first.day().equals(s.day())) {
                        unsure.add(a.index());
                    }
                }
            }
            unsure.forEach(byArticle::remove);
            Ranked r = discrepancy(event, events.size(), byArticle);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private Ranked discrepancy(StoryEvent event, int eventCount, Map<Integer, Statement> byArticle) {
        Map<LocalDate, List<Statement>> byDay = new LinkedHashMap<>();
        byArticle.values().stream()
                .sorted((x, y) -> x.day().equals(event.when()) == y.day().equals(event.when()) ? 0
                        : x.day().equals(event.when()) ? -1 : 1)
                .forEach(s -> byDay.computeIfAbsent(s.day(), d -> new ArrayList<>()).add(s));
        if (byDay.size() < 2 || !byDay.containsKey(event.when())) {
            return null;
        }
        int majority = byDay.get(event.when()).size();
        for (Map.Entry<LocalDate, List<Statement>> day : byDay.entrySet()) {
            if (majority < 2 || (!day.getKey().equals(event.when()) && day.getValue().size() >= majority)) {
                return null; // one outlet against one, or a split: as likely two meetings as one misdated
            }
        }
        List<Discrepancy.StatedValue> values = new ArrayList<>();
        int position = Integer.MAX_VALUE;
        for (Map.Entry<LocalDate, List<Statement>> day : byDay.entrySet()) {
            List<Citation> citations = new ArrayList<>();
            for (Statement s : day.getValue()) {
                citations.add(s.citation());
                position = Math.min(position, s.position());
            }
            String written = day.getValue().get(0).written();
            String shown = DAY.format(day.getKey());
            values.add(new Discrepancy.StatedValue(
                    written.equalsIgnoreCase(shown) ? shown : written + " (" + shown + ")", citations));
        }
        String subject = "day of the meeting" + (eventCount > 1 && event.where() != null
                ? " in " + event.where() : "");
        return new Ranked(new Discrepancy(subject, Discrepancy.Kind.DATE, Discrepancy.Verdict.CONFLICTING, values),
                byArticle.size(), position);
    }

    /** A sentence with a meeting word and the days stated in the same clause. */
    private record Dated(Sentence sentence, List<TemporalMention> days) {
    }

    private List<Dated> dated(AnalysedArticle a) {
        LocalDate published = a.article().published();
        List<Dated> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            String text = s.text();
            String lower = text.toLowerCase(Locale.ROOT);
            if (!MEETING.matcher(lower).find()) {
                continue;
            }
            List<TemporalMention> days = new ArrayList<>();
            for (TemporalMention m : tagger.tag(text, published)) {
                if (m.isResolvedDay() && (published == null || !m.resolved().isAfter(published))
                        && !Quotes.inside(text, m.start()) && meetingInClause(lower, m.start(), m.end())) {
                    days.add(m);
                }
            }
            if (!days.isEmpty()) {
                out.add(new Dated(s, days));
            }
        }
        return out;
    }

    /** The date statements of article {@code a} that belong to event {@code e}, in reading order. */
    private static List<Statement> statements(AnalysedArticle a, List<Dated> dated, int e, List<StoryEvent> events) {
        boolean assigned = events.get(e).articles().contains(a.index());
        List<Statement> out = new ArrayList<>();
        for (Dated d : dated) {
            Sentence s = d.sentence();
            int place = placeEvent(s.text(), events);
            if (place != e && !(place == -1 && assigned && s.index() < LEAD)) {
                continue;
            }
            for (TemporalMention m : d.days()) {
                out.add(new Statement(m.resolved(), m.text(),
                        new Citation(s.articleIndex() + 1, s.index(), s.text()), s.index()));
            }
        }
        return out;
    }

    /** The one event whose place the sentence names; -1 for none, -2 for several. */
    private static int placeEvent(String text, List<StoryEvent> events) {
        int found = -1;
        for (int e = 0; e < events.size(); e++) {
            String where = events.get(e).where();
            if (where != null && text.contains(where) && !sharedPlace(where, events)) {
                found = found == -1 ? e : -2;
            }
        }
        return found;
    }

    private static boolean sharedPlace(String where, List<StoryEvent> events) {
        return events.stream().filter(x -> where.equals(x.where())).count() > 1;
    }

    private static boolean meetingInClause(String lower, int start, int end) {
        int from = start;
        while (from > 0 && CLAUSE_BREAKS.indexOf(lower.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < lower.length() && CLAUSE_BREAKS.indexOf(lower.charAt(to)) < 0) {
            to++;
        }
        return MEETING.matcher(lower.substring(from, to)).find();
    }
}
