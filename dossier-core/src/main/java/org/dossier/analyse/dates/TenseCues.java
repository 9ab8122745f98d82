package org.dossier.analyse.dates;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a bare weekday ("on Friday") points back or forward in time, from the verbs around it.
 *
 * <p>News convention: a report is written after the fact, so "they met on Monday" is the most recent Monday; but
 * "they will meet on Friday" or "the two would meet again on Friday" is the coming one. The rule here is small on
 * purpose: look at the words of the same sentence and let the tense cue <em>nearest</em> to the weekday win
 * ("Aredo said on Monday that they would meet again" is past, because "said" is next to "Monday"). With no cue at
 * all the report is read as past, which is what most news sentences are.
 */
final class TenseCues {
    /** Words that put the following or surrounding action in the future. */
    private static final Set<String> FUTURE = Set.of("will", "won't", "shall", "would", "going", "due", "expected",
            "scheduled", "set", "plans", "plan", "planned", "until", "till", "upcoming", "next", "ahead", "'ll", "’ll");
    /** Common irregular past forms; regular ones are caught by their -ed ending. */
    private static final Set<String> PAST_IRREGULAR = Set.of("was", "were", "had", "did", "said", "told", "met",
            "went", "came", "spoke", "left", "took", "gave", "made", "began", "saw", "held", "won", "lost", "got",
            "sent", "brought", "found", "rose", "fell", "broke", "ran", "chose", "wrote", "since", "ago", "last",
            "struck", "hit", "shook", "killed", "fled", "led", "kept", "stood", "sat", "paid");
    /** Words ending in -ed that are not past tenses. */
    private static final Set<String> NOT_PAST = Set.of("need", "needed", "indeed", "speed", "hundred", "red", "bed",
            "united", "based", "proceed", "feed", "seed", "weed", "breed", "shed", "wed", "reed", "creed", "greed",
            "bred", "sled", "embed", "succeed", "exceed");
    private static final Pattern WORD = Pattern.compile("[A-Za-z'’]+");

    private TenseCues() {
    }

    /**
     * Whether the action around {@code [start, end)} in {@code text} lies in the future of the writer.
     * Only the sentence holding the span is read.
     */
    static boolean isFuture(String text, int start, int end) {
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        Matcher m = WORD.matcher(text).region(from, to);
        int bestDistance = Integer.MAX_VALUE;
        boolean future = false;
        while (m.find()) {
            if (m.start() >= start && m.end() <= end) {
                continue; // the date expression itself ("next" in "next Friday" is handled by the tagger)
            }
            String word = m.group().toLowerCase();
            Boolean cue = cue(word);
            if (cue == null) {
                continue;
            }
            int distance = m.end() <= start ? start - m.end() : m.start() - end;
            // a future cue that follows the date ("on Friday, they will ...") is as good as one before it
            if (distance < bestDistance) {
                bestDistance = distance;
                future = cue;
            }
        }
        return future;
    }

    /** TRUE for a future cue, FALSE for a past one, null for a word that says nothing about tense. */
    private static Boolean cue(String word) {
        if (FUTURE.contains(word) || word.endsWith("'ll") || word.endsWith("’ll")) {
            return Boolean.TRUE;
        }
        if (PAST_IRREGULAR.contains(word)) {
            return Boolean.FALSE;
        }
        if (word.length() > 4 && word.endsWith("ed") && !NOT_PAST.contains(word)) {
            return Boolean.FALSE;
        }
        return null;
    }

    static int sentenceStart(String text, int pos) {
        for (int i = pos - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == ' ') && isTerminal(text.charAt(i - 1)) && !isAbbreviationEnd(text, i - 1))) {
                return i + 1;
            }
        }
        return 0;
    }

    static int sentenceEnd(String text, int pos) {
        for (int i = pos; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (isTerminal(c) && (i + 1 == text.length() || text.charAt(i + 1) == ' ') && !isAbbreviationEnd(text, i)) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?';
    }

    /** A full stop after a short capitalised word ("Mr.", "Sept.", "U.N.") rarely ends a sentence. */
    private static boolean isAbbreviationEnd(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int i = dot - 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        int length = dot - i - 1;
        return length > 0 && length <= 4 && Character.isUpperCase(text.charAt(i + 1));
    }
}
