package org.dossier.analyse.quotes;

import java.util.List;
import java.util.Objects;

/**
 * One utterance as reported by one or more outlets.
 *
 * @param text             the fullest wording seen (the longest direct version, else the longest report)
 * @param kind             the most direct kind among the reports (direct beats partial beats indirect)
 * @param speaker          the best speaker: a named one beats a pronoun or an unknown; anonymous stays anonymous
 * @param otherSpeakers    different speakers given for the same words by other outlets (for instance a named
 *                         person where another outlet had an anonymous official); empty when all agree
 * @param speakerConflict  true when {@code otherSpeakers} is not empty: outlets disagree on, or differ in how
 *                         openly they name, who said it
 * @param sources          every report, in input order
 */
public record MergedQuote(String text, QuoteKind kind, Speaker speaker, List<Speaker> otherSpeakers,
                          boolean speakerConflict, List<QuoteSource> sources) {
    public MergedQuote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        otherSpeakers = List.copyOf(otherSpeakers);
        sources = List.copyOf(sources);
    }

    /** The distinct article indices that report this quote, ascending. */
    public List<Integer> articles() {
        return sources.stream().map(QuoteSource::articleIndex).distinct().sorted().toList();
    }
}
