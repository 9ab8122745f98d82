package org.dossier.analyse.entities;

/**
 * What sort of thing a name refers to.
 *
 * <p>The kinds are coarse on purpose: they are decided from cues in the text (titles, said-verbs, words such as
 * "Ministry" or "Strait", the team's word lists), not from a trained model, and coarse kinds are what the
 * briefing needs ("who said what", "where").
 */
public enum EntityKind {
    /** A named person: "Ilse Varnholt", "Mr Aredo". */
    PERSON,
    /** A company, government body, party, outlet or international body: "Essling Port Authority", "UN". */
    ORGANISATION,
    /** A country, city, region or landmark: "Calvara", "Port Essling", "the Sorrel Strait". */
    PLACE,
    /** A group of people named by what they share: "Calvarans", "Republicans". */
    GROUP,
    /** A role mention that could not be tied to one named person: "the prime minister". */
    ROLE,
    /** A name whose kind the cues do not settle. */
    OTHER
}
