package org.dossier.analyse.quotes;

/** What sort of entity a speaker is. */
public enum SpeakerKind {
    /** A named person, or a pronoun resolved to one ("Ms Varnholt", "he"). */
    PERSON,
    /** Several people described as a group without being anonymous sources ("Democrats", "critics"). */
    GROUP,
    /** An organisation speaking as such ("the Port Authority", "The New York Post"). */
    ORGANISATION,
    /** A source the outlet deliberately does not name ("a senior official", "people familiar with the talks"). */
    ANONYMOUS,
    /** No speaker found, or a mention that could not be classified. */
    UNKNOWN
}
