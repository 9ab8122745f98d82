package org.dossier.group.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dossier.model.Sentence;

/**
 * One distinct event inside a story (the first meeting, the second meeting), described from its coverage.
 *
 * <p>Every article is assigned to exactly one event ({@link #articles()}): the one it mostly covers, since the
 * clustering compares whole articles. An article that recaps another event in passing ("On Monday, the two met
 * in Port Essling...") is still a <em>source</em> of that event ({@link #sources()}), so a reader can see
 * everyone who reported it.
 *
 * @param id                  "E1", "E2", ... in order of date (undated events last)
 * @param articles            indices ({@link org.dossier.model.AnalysedArticle#index()}) of the articles assigned
 *                            to this event, ascending
 * @param sources             indices of every article that reports it: its own articles plus those that recap it
 *                            in an event sentence that names its date or its place; ascending
 * @param what                the sentence that best says what happened
 * @param where               the most salient place-like name near its event sentences, or {@code null}
 * @param when                its date, or {@code null} when neither the text nor a publication date gives one
 * @param whenFromPublication whether {@code when} is only the earliest publication date of its articles (no event
 *                            sentence dated it)
 * @param who                 its most frequently named people, most articles first
 * @param duration            how long it lasted, the figure most of its sources give; {@code null} when not stated
 * @param statedDurations     every length its sources state for it, including figures that disagree with
 *                            {@code duration} (input for conflict detection)
 * @param whenStated          when {@code when} is null: the day as its sources write it ("Monday evening",
 *                            "Sunday"), a relative expression no publication date could resolve; otherwise null
 */
public record StoryEvent(String id, List<Integer> articles, List<Integer> sources, Sentence what, String where,
                         LocalDate when, boolean whenFromPublication, List<String> who, StatedDuration duration,
                         List<StatedDuration> statedDurations, String whenStated) {
    public StoryEvent {
        Objects.requireNonNull(id, "id");
        articles = List.copyOf(articles);
        sources = List.copyOf(sources);
        who = List.copyOf(who);
        statedDurations = List.copyOf(statedDurations);
    }

    /** An event without a stated relative day (kept for callers written before {@code whenStated}). */
    public StoryEvent(String id, List<Integer> articles, List<Integer> sources, Sentence what, String where,
                      LocalDate when, boolean whenFromPublication, List<String> who, StatedDuration duration,
                      List<StatedDuration> statedDurations) {
        this(id, articles, sources, what, where, when, whenFromPublication, who, duration, statedDurations, null);
    }
}
