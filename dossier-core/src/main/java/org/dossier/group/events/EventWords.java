package org.dossier.group.events;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that say "something happened here": met, meeting, talks, summit, attack, earthquake... A sentence
 * that holds one is an <em>event sentence</em>, and the dates, places and durations in event sentences are the
 * ones that describe the event (rather than, say, the date a law was passed years ago).
 *
 * <p>A fixed list of common news event nouns and verbs, matched on lower-cased word starts so that "meeting",
 * "meetings" and "met" all count. It does not need to be complete: it only ranks evidence, and a story whose
 * event word is missing still gets dates and places from all its sentences.
 */
public final class EventWords {
    private static final Set<String> WORDS = Set.of("met", "meet", "meets", "meeting", "meetings", "talks", "talked",
            "summit", "summits", "conference", "negotiations", "negotiated", "attack", "attacked", "attacks",
            "bombing", "bomb", "blast", "explosion", "exploded", "earthquake", "quake", "tremor", "struck", "storm",
            "hurricane", "flood", "floods", "crash", "crashed", "collision", "fire", "blaze", "shooting", "shot",
            "killed", "election", "vote", "voted", "protest", "protested", "strike", "trial", "verdict",
            "sentenced", "ceremony", "visit", "visited", "match", "game", "concert", "launch", "launched",
            "announced", "unveiled", "signed", "agreed", "deal", "arrested", "arrest", "died", "death", "rescue",
            "rescued", "sank", "hijacked", "raid", "spoke", "rehab", "checked", "hired", "fired", "appointed",
            "resigned", "won", "defeated", "acquired", "acquisition", "merger", "recall", "released", "opened",
            "reopened", "reopens", "accident", "eruption", "erupted", "landslide", "outbreak");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    private EventWords() {
    }

    /** Whether {@code word} (any case) is an event word: "summit", "Meeting", "met". */
    public static boolean isEventWord(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code sentence} holds an event word. */
    public static boolean inSentence(String sentence) {
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            if (WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
