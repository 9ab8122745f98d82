package org.dossier.group.stories;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a listing of stories shows about one of them: how big it is, who covers it, when, and under which headline.
 *
 * @param id        the story's identifier ("S17"), stable for the life of the clusterer and across snapshots
 * @param size      number of member articles
 * @param sources   the distinct outlets of its members, in order of first appearance (articles without an outlet
 *                  are not counted)
 * @param first     publication date of its earliest dated member, or {@code null} when none is dated
 * @param last      publication date of its latest dated member, or {@code null}
 * @param headline  the title of its most central member (the one most like the others), or {@code null} when no
 *                  member has a title
 * @param memberIds ids of its members in arrival order
 * @param active    whether it can still receive articles; a story retires once the stream has moved past its time
 *                  window, and is then only listed
 */
public record Story(String id, int size, List<String> sources, LocalDate first, LocalDate last, String headline,
                    List<String> memberIds, boolean active) {
    public Story {
        Objects.requireNonNull(id, "id");
        sources = List.copyOf(sources);
        memberIds = List.copyOf(memberIds);
    }
}
