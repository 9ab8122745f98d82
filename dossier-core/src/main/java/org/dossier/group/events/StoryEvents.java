package org.dossier.group.events;

import java.util.List;
import java.util.Optional;

/**
 * What {@link EventSeparator} makes of one story: its distinct events and its timeline.
 *
 * @param events   the events, in date order (undated ones last); one event is a normal answer
 * @param timeline the events and dated facts of the story in date order
 */
public record StoryEvents(List<StoryEvent> events, Timeline timeline) {
    public StoryEvents {
        events = List.copyOf(events);
    }

    /** The event an article was assigned to, if the article is part of this story. */
    public Optional<StoryEvent> eventOf(int articleIndex) {
        return events.stream().filter(e -> e.articles().contains(articleIndex)).findFirst();
    }
}
