package org.dossier.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dossier.analyse.dates.TemporalMention;
import org.dossier.analyse.dates.TemporalTagger;
import org.dossier.group.events.StoryEvent;
import org.dossier.group.events.StoryEvents;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Sentence;

/**
 * Decides which event of the story a statement is about, so that only values about the same event are compared:
 * "90 minutes" for Monday's meeting and "35 minutes" for Friday's are two facts, not a conflict.
 *
 * <p>The event separator assigns whole articles to events, but an article that recaps an earlier meeting states
 * that meeting's figures too. So each sentence is placed by its own cues first, in this order:
 * <ol>
 *   <li><b>its dates</b>: a resolved day equal to one event's day points there; a day that is no event's day
 *       points nowhere (the sentence is about something else: a background date, a follow-up);</li>
 *   <li><b>its places</b>: naming the place of an event ("in Brennholm");</li>
 *   <li><b>the sentences before</b>, in the same paragraph, when one of them has cues of its own: news says "On
 *       Monday, in Port Essling, ..." once and goes on about it;</li>
 *   <li>otherwise <b>the article's own event</b>.</li>
 * </ol>
 * When one sentence names two events ("an hour and a half in Port Essling last Monday, and just over half an hour
 * in Brennholm"), the cues of the statement's own clause decide ({@link #of(int, int, int)}). {@link #NONE} means "about
 * no event we know", and values there are never compared.
 *
 * <p>Day mentions are tagged lazily (only sentences that are asked about) and kept for the comparison.
 */
final class Occasions {
    /** The occasion of a statement about no known event. */
    static final int NONE = -1;
    /** A statement read but not yet placed (placing costs a date tagging, done only when it matters). */
    static final int UNPLACED = -3;
    /** What {@link #decide} answers for a sentence without cues. */
    private static final int NO_CUE = -2;

    private final List<StoryEvent> events;
    private final TemporalTagger tagger;
    private final Map<Integer, AnalysedArticle> byIndex = new HashMap<>();
    private final Map<Long, List<Cue>> cueCache = new HashMap<>();

    /**
     * One cue in a sentence: a day or a place, the event it points to ({@link #NONE}: none), and where it is.
     *
     * @param day whether it is a date (a date says more about which event than a place, which can be the
     *            subject's home: "dues at Port Essling after a meeting in Brennholm this afternoon")
     */
    private record Cue(int event, int start, int end, boolean day) {
    }

    Occasions(List<AnalysedArticle> articles, StoryEvents events, TemporalTagger tagger) {
        this.events = events == null ? List.of() : events.events();
        this.tagger = tagger;
        for (AnalysedArticle a : articles) {
            byIndex.put(a.index(), a);
        }
    }

    /** How many events there are to tell apart (at least one: a story with no events is one occasion). */
    int count() {
        return Math.max(1, events.size());
    }

    /** The story's events, in occasion order (empty for a story given without events). */
    List<StoryEvent> events() {
        return events;
    }

    /** The event at {@code occasion}, or {@code null} for a story given without events. */
    StoryEvent event(int occasion) {
        return occasion >= 0 && occasion < events.size() ? events.get(occasion) : null;
    }

    /** The publication date of an article of the story, or {@code null} when unknown. */
    java.time.LocalDate published(int article) {
        AnalysedArticle a = byIndex.get(article);
        return a == null ? null : a.article().published();
    }

    /** The occasion (index into the events) that a whole sentence is about. */
    int of(int article, int sentence) {
        return of(article, sentence, -1);
    }

    /**
     * The occasion of the statement at character {@code position} of a sentence; {@code position < 0} means the
     * whole sentence, which is about no one event when it names two.
     */
    int of(int article, int sentence, int position) {
        AnalysedArticle a = byIndex.get(article);
        if (a == null || sentence < 0 || sentence >= a.sentences().size()) {
            return NONE; // not a sentence of this story: never compared
        }
        int own = decide(cues(article, sentence), position,
                byIndex.get(article).sentences().get(sentence).text());
        if (own != NO_CUE) {
            return own;
        }
        List<Sentence> sentences = byIndex.get(article).sentences();
        int paragraph = sentences.get(sentence).paragraph();
        for (int s = sentence - 1; s >= Math.max(0, sentence - 3); s--) {
            if (sentences.get(s).paragraph() != paragraph) {
                break;
            }
            int before = decide(cues(article, s), -1, null);
            if (before != NO_CUE) {
                return before;
            }
        }
        return articleEvent(article);
    }

    /**
     * The occasion the cues point to: their common event; or, for a statement at {@code position} in a sentence
     * naming two events, the cues of its own clause (between commas, dashes, semicolons), a date before a place,
     * the nearest first; or the nearest cue of the sentence.
     */
    private static int decide(List<Cue> cues, int position, String text) {
        if (cues.isEmpty()) {
            return NO_CUE;
        }
        int first = cues.get(0).event();
        boolean mixed = false;
        for (Cue c : cues) {
            mixed |= c.event() != first;
        }
        if (!mixed) {
            return first;
        }
        if (position < 0) {
            return NONE; // two events in one sentence: a comparison, not a statement about one
        }
        int clauseStart = position;
        while (clauseStart > 0 && CLAUSE_BREAKS.indexOf(text.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        int clauseEnd = position;
        while (clauseEnd < text.length() && CLAUSE_BREAKS.indexOf(text.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        List<Cue> clause = new ArrayList<>();
        for (Cue c : cues) {
            if (c.start() >= clauseStart && c.end() <= clauseEnd) {
                clause.add(c);
            }
        }
        List<Cue> days = clause.stream().filter(Cue::day).toList();
        if (!days.isEmpty()) {
            return nearest(days, position).event();
        }
        return nearest(clause.isEmpty() ? cues : clause, position).event();
    }

    /** Characters that end a clause for {@link #decide}. */
    private static final String CLAUSE_BREAKS = ",;:()\u2014\u2013";

    private static Cue nearest(List<Cue> cues, int position) {
        Cue nearest = cues.get(0);
        int best = Integer.MAX_VALUE;
        for (Cue c : cues) {
            int distance = position < c.start() ? c.start() - position : Math.max(0, position - c.end());
            if (distance < best) {
                nearest = c;
                best = distance;
            }
        }
        return nearest;
    }

    /** The event the separator assigned the article to, or the only occasion when there is no event list. */
    private int articleEvent(int article) {
        if (events.isEmpty()) {
            return 0;
        }
        for (int e = 0; e < events.size(); e++) {
            if (events.get(e).articles().contains(article)) {
                return e;
            }
        }
        return NONE;
    }

    /** The dates and places of a sentence that point to events (found once, then kept). */
    private List<Cue> cues(int article, int sentence) {
        long key = ((long) article << 32) | sentence;
        List<Cue> cached = cueCache.get(key);
        if (cached == null) {
            cached = findCues(article, sentence);
            cueCache.put(key, cached);
        }
        return cached;
    }

    private List<Cue> findCues(int article, int sentence) {
        if (events.isEmpty()) {
            return List.of();
        }
        AnalysedArticle a = byIndex.get(article);
        String text = a.sentences().get(sentence).text();
        List<Cue> out = new ArrayList<>(2);
        for (TemporalMention m : tagger.tag(text, a.article().published())) {
            if (m.isResolvedDay()) {
                int match = NONE;
                for (int e = 0; e < events.size(); e++) {
                    if (m.resolved().equals(events.get(e).when())) {
                        match = e;
                    }
                }
                out.add(new Cue(match, m.start(), m.end(), true));
            }
        }
        for (int e = 0; e < events.size(); e++) {
            String where = events.get(e).where();
            if (where == null || sharedPlace(where)) {
                continue; // a place shared by two events (both in the same city) tells nothing
            }
            for (int at = text.indexOf(where); at >= 0; at = text.indexOf(where, at + 1)) {
                out.add(new Cue(e, at, at + where.length(), false));
            }
        }
        return out;
    }

    private boolean sharedPlace(String where) {
        int n = 0;
        for (StoryEvent e : events) {
            if (where.equals(e.where())) {
                n++;
            }
        }
        return n > 1;
    }
}
