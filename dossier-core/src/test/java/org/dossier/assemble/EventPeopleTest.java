package org.dossier.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.dossier.analyse.entities.Entity;
import org.dossier.analyse.entities.EntityKind;
import org.dossier.group.events.StoryEvent;
import org.junit.jupiter.api.Test;

/** An event's "who": people only, under the entity linker's canonical names (invented names). */
class EventPeopleTest {
    private static Entity entity(String canonical, EntityKind kind, List<String> aliases, Integer... articles) {
        Map<Integer, Integer> perSource = new java.util.HashMap<>();
        for (int a : articles) {
            perSource.put(a, 1);
        }
        return new Entity(canonical, kind, aliases, perSource, List.of());
    }

    @Test
    void placesAndBodiesAreDroppedAndCutNamesMappedToThePerson() {
        List<Entity> entities = List.of(
                entity("Mara Olsen", EntityKind.PERSON, List.of("Olsen", "President Olsen"), 0, 1, 2),
                entity("Ivo Dorn", EntityKind.PERSON, List.of("Dorn"), 0, 1, 2),
                entity("Teodor ben-Arvid", EntityKind.PERSON, List.of("ben-Arvid"), 1, 2),
                entity("Calder City", EntityKind.PLACE, List.of(), 0, 1, 2),
                entity("Assembly of Rivers", EntityKind.ORGANISATION, List.of(), 0, 1),
                entity("Lina Frey", EntityKind.PERSON, List.of("Frey"), 2));
        // what capitalisation alone gives: a city, a body, a name cut at a lower-case particle
        StoryEvent event = new StoryEvent("E1", List.of(0, 1, 2), List.of(0, 1, 2), null, "Calder City", null,
                false, List.of("Mara Olsen", "Calder City", "Assembly of Rivers", "Veldish Minister Teodor"),
                null, List.of());
        List<String> who = EventReports.people(event, new EntityDirectory(entities), entities);
        // Dorn was missed by the separator but is in every article; Frey is in one of three and stays out
        assertEquals(List.of("Mara Olsen", "Ivo Dorn", "Teodor ben-Arvid"), who);
    }
}
