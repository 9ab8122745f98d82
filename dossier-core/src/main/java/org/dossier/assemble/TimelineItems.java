package org.dossier.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dossier.group.events.Timeline;
import org.dossier.group.events.TimelineEntry;
import org.dossier.model.Citation;
import org.dossier.model.Sentence;
import org.dossier.model.TimelineItem;

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
                    e.sentence().text(), citations));
        }
        return out;
    }
}
