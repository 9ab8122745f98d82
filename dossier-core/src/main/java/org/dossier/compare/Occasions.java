package org.dossier.compare;

import java.time.LocalDate;
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
 * Decides which event of the story a sentence is about, so that only values about the same event are compared:
 * "90 minutes" for Monday's meeting and "35 minutes" for Friday's are two facts, not a conflict.
 *
 * <p>The event separator assigns whole articles to events, but an article that recaps an earlier meeting states
 * that meeting's figures too. So each sentence is placed by its own cues first, in this order:
 * <ol>
 *   <li><b>its dates</b>: a resolved day equal to one event's day places it there; a day that is no event's day
 *       places it nowhere (it is about something else: a background date, a coming meeting);</li>
 *   <li><b>its place</b>: naming the place of exactly one event ("in Brennholm");</li>
 *   <li><b>the sentence before</b>, in the same paragraph, when that one was placed by a cue of its own: news
 *       says "On Monday, in Port Essling, ..." once and goes on about it;</li>
 *   <li>otherwise <b>the article's own event</b>.</li>
 * </ol>
 * {@link #NONE} means "about no event we know", and values there are never compared.
 *
 * <p>Day mentions are tagged lazily (only sentences that hold a value are ever asked about) and kept.
 */
final class Occasions {
    /** The occasion of a sentence about no known event. */
    static final int NONE = -1;

    private final List<StoryEvent> events;
    private final TemporalTagger tagger;
    private final Map<Integer, AnalysedArticle> byIndex = new HashMap<>();
    private final Map<Long, Integer> cueCache = new HashMap<>();
    /** An occasion from a sentence's own cue; {@link #NO_CUE} when it has none. */
    private static final int NO_CUE = -2;

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

    /** The event at {@code occasion}, or {@code null} for a story given without events. */
    StoryEvent event(int occasion) {
        return occasion >= 0 && occasion < events.size() ? events.get(occasion) : null;
    }

    /** The occasion (index into the events) that sentence {@code sentence} of article {@code article} is about. */
    int of(int article, int sentence) {
        int own = cue(article, sentence);
        if (own != NO_CUE) {
            return own;
        }
        AnalysedArticle a = byIndex.get(article);
        List<Sentence> sentences = a.sentences();
        int paragraph = sentences.get(sentence).paragraph();
        for (int s = sentence - 1; s >= Math.max(0, sentence - 3); s--) {
            if (sentences.get(s).paragraph() != paragraph) {
                break;
            }
            int before = cue(article, s);
            if (before != NO_CUE) {
                return before;
            }
        }
        return articleEvent(article);
    }

    /** Whether the sentence is dated to a day that is not the day of {@code occasion}'s event. */
    boolean datedElsewhere(int article, int sentence, int occasion) {
        StoryEvent e = event(occasion);
        List<LocalDate> days = days(article, sentence);
        return e != null && e.when() != null && !days.isEmpty() && !days.contains(e.when());
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

    /** The occasion the sentence's own date or place points to, {@link #NONE}, or {@link #NO_CUE}. */
    private int cue(int article, int sentence) {
        long key = ((long) article << 32) | sentence;
        Integer cached = cueCache.get(key);
        if (cached != null) {
            return cached;
        }
        int found = findCue(article, sentence);
        cueCache.put(key, found);
        return found;
    }

    private int findCue(int article, int sentence) {
        if (events.isEmpty()) {
            return NO_CUE;
        }
        List<LocalDate> days = days(article, sentence);
        if (!days.isEmpty()) {
            int match = NONE;
            for (int e = 0; e < events.size(); e++) {
                LocalDate when = events.get(e).when();
                if (when != null && days.contains(when)) {
                    if (match != NONE) {
                        return NONE; // two events' days in one sentence: a comparison, not a statement about one
                    }
                    match = e;
                }
            }
            return match;
        }
        String text = byIndex.get(article).sentences().get(sentence).text();
        int match = NO_CUE;
        for (int e = 0; e < events.size(); e++) {
            String where = events.get(e).where();
            if (where != null && text.contains(where)) {
                if (match != NO_CUE) {
                    return NONE;
                }
                match = e;
            }
        }
        // a place shared by two events (both in the same city) tells nothing
        return match != NO_CUE && sharedPlace(events.get(match).where()) ? NO_CUE : match;
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

    /** The resolved days a sentence mentions (relative ones counted from its article's publication date). */
    List<LocalDate> days(int article, int sentence) {
        AnalysedArticle a = byIndex.get(article);
        List<LocalDate> out = new ArrayList<>(2);
        for (TemporalMention m : tagger.tag(a.sentences().get(sentence).text(), a.article().published())) {
            if (m.isResolvedDay()) {
                out.add(m.resolved());
            }
        }
        return out;
    }
}
