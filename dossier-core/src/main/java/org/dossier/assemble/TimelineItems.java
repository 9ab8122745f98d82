package org.dossier.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dossier.group.events.Timeline;
import org.dossier.group.events.TimelineEntry;
import org.dossier.model.Citation;
import org.dossier.model.Sentence;
import org.dossier.model.TimelineItem;
import org.dossier.summarise.Datelines;

/**
 * Turns the story's {@link Timeline} into the briefing's {@link TimelineItem timeline items}: the shown sentence
 * first, then, for every other article that mentions the date, its sentence that does, so every outlet behind a
 * date is cited once.
 */
final class TimelineItems {
    private TimelineItems() {
    }

    static List<TimelineItem> build(Timeline timeline) {
        List<TimelineItem> out = new ArrayList<>(timeline.entries().size());
        for (TimelineEntry e : timeline.entries()) {
            List<Citation> citations = new ArrayList<>();
            citations.add(Story.cite(e.sentence()));
            for (Sentence s : e.mentions()) {
                if (s.articleIndex() != e.sentence().articleIndex()) {
                    citations.add(Story.cite(s));
                }
            }
            out.add(new TimelineItem(e.date(), e.granularity().name().toLowerCase(Locale.ROOT), e.eventId(),
                    Datelines.strip(withoutListMarker(e.sentence().text())), citations));
        }
        return out;
    }

    /**
     * The sentence without a leading bullet or dash: a fact taken from a bulleted summary box ("• Dues stay
     * frozen until June") reads as a plain sentence on a timeline.
     */
    static String withoutListMarker(String text) {
        return LIST_MARKER.matcher(text).replaceFirst("");
    }

    private static final Pattern LIST_MARKER = Pattern.compile("^[\\u2022\\u00B7\\u25AA\\u25CF*\\u2013\\u2014-]\\s+");
}
