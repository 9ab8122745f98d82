package org.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * Who said what: one utterance, merged across every outlet that reports it.
 *
 * @param text          the words attributed, in the fullest wording reported (without quotation marks)
 * @param kind          {@code "direct"} (quoted in full), {@code "partial"} (a quoted fragment inside the
 *                      outlet's own sentence) or {@code "indirect"} (reported speech, "she said that ...")
 * @param speaker       who said it, as the entity's name ("Ilse Varnholt") or the anonymous description ("a senior
 *                      Dunmere official"); null when nobody is credited
 * @param anonymous     true when the outlets do not name the speaker
 * @param speakerKind   {@code "person"}, {@code "organisation"}, {@code "group"} or {@code "unknown"}
 * @param otherSpeakers different speakers other outlets give for the same words (for instance a name where another
 *                      outlet has an anonymous official); empty when all agree
 * @param citations     the source sentences that carry the quote, one or more per reporting source; never empty
 */
public record QuoteReport(String text, String kind, String speaker, boolean anonymous, String speakerKind,
                          List<String> otherSpeakers, List<Citation> citations) {
    public QuoteReport {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(speakerKind, "speakerKind");
        otherSpeakers = List.copyOf(otherSpeakers);
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("a quote must cite at least one source sentence");
        }
    }
}
