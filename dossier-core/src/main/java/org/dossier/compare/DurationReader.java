package org.dossier.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.group.events.DurationFinder;
import org.dossier.group.events.StatedDuration;
import org.dossier.model.Citation;
import org.dossier.model.Discrepancy.Kind;
import org.dossier.model.Sentence;

/**
 * Reads how long the event lasted from a sentence: "a 35-minute meeting", "met for 90 minutes", "talks lasting
 * more than 30 minutes", "spoke for 50 minutes".
 *
 * <p>{@link DurationFinder} finds the lengths; this class keeps only those that measure the meeting itself: an
 * event noun or verb ("meeting", "talks", "met", "spoke", "lasted") must stand within a few words, and a span that
 * is a part of the meeting or a time around it ("most of the hour and a half", "within two hours", "the first 20
 * minutes", "after 20 minutes") is left out; "after a 35-minute meeting" is kept.
 */
final class DurationReader {
    /** Words that say the length is the length of a meeting (or a call, a session...). */
    private static final Pattern EVENT_NOUN = Pattern.compile("(?i)\\b(meeting|meetings|talks|talked|met|"
            + "discussion|discussions|discussed|conversation|session|summit|exchange|encounter|call|huddle|"
            + "spoke|lasted|lasting|negotiations|interview|hearing|visit)\\b");
    /** Words right before a length that make it a part of the event or a time around it. */
    private static final Pattern PART_OF = Pattern.compile("(?i)(?:most|much|part|half|rest|end|all)\\s+of\\s+"
            + "(?:the\\s+)?$|(?:first|last|next|final|opening|closing|every|each|another|extra|additional|"
            + "further)\\s+(?:the\\s+|an?\\s+)?$|(?:within|in|after|before)\\s+$");
    /** How near (in characters) an event word must be to the length. */
    private static final int NEAR = 60;

    private final DurationFinder finder = new DurationFinder();

    /** The meeting lengths stated in {@code sentence}, in minutes; {@code occasion} is the sentence's event. */
    List<Observation> read(Sentence sentence, int occasion, Set<String> context) {
        String text = sentence.text();
        List<Observation> out = new ArrayList<>(1);
        int from = 0;
        for (StatedDuration d : finder.find(text, sentence.articleIndex())) {
            int start = text.indexOf(d.text(), from);
            if (start < 0) {
                continue;
            }
            int end = start + d.text().length();
            from = end;
            if (!nearEventWord(text, start, end) || PART_OF.matcher(text.substring(Math.max(0, start - 20), start))
                    .find()) {
                continue;
            }
            Hedge.Found hedged = Hedge.before(text, start);
            Hedge hedge = hedged.hedge();
            double minutes = d.minutes();
            String shown = display(text.substring(hedged.start(), end));
            Citation citation = new Citation(sentence.articleIndex() + 1, sentence.index(), text);
            out.add(new Observation(Kind.DURATION, occasion, "minutes", eventNoun(text, start), minutes, hedge,
                    hedge.range(minutes, 0.0), shown, context, citation, start));
        }
        return out;
    }

    private static boolean nearEventWord(String text, int start, int end) {
        Matcher m = EVENT_NOUN.matcher(text);
        m.region(Math.max(0, start - NEAR), Math.min(text.length(), end + NEAR));
        return m.find();
    }

    /**
     * The meeting noun nearest the length at {@code position}, for the subject ("length of the talks"); "meeting"
     * when the nearest event word is a verb ("met", "spoke").
     */
    static String eventNoun(String text, int position) {
        Matcher m = EVENT_NOUN.matcher(text);
        String best = "meeting";
        int bestDistance = Integer.MAX_VALUE;
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            if (!NOUNS.contains(w)) {
                continue;
            }
            int distance = Math.abs(m.start() - position);
            if (distance < bestDistance) {
                best = w;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static final Set<String> NOUNS = Set.of("meeting", "talks", "discussion", "conversation", "session",
            "call", "negotiations", "interview", "hearing", "visit", "exchange", "encounter");

    /** "35-minute" reads as "35 minutes" once out of its noun phrase. */
    private static String display(String words) {
        return words.replaceAll("(?i)-minutes?\\b", " minutes").replaceAll("(?i)-hours?\\b", " hours")
                .replaceAll("\\s+", " ").strip();
    }
}
