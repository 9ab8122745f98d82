/**
 * Who said what: quotations and attributions in news articles, with their speakers, merged across outlets.
 *
 * <p>Two public entry points:
 * <ul>
 *   <li>{@link org.dossier.analyse.quotes.QuoteExtractor#extract(org.dossier.model.AnalysedArticle)} finds every
 *       {@link org.dossier.analyse.quotes.Quote} of one article: direct quotations (straight, curly or doubled
 *       {@code ''} marks, across sentences and paragraphs, the speaker before, after or in the middle), partial
 *       quotations inside a reported clause, and indirect attributions ("X said that ...", "according to X"). Each
 *       quote has its content offsets, its cue ("said", "told reporters") and a
 *       {@link org.dossier.analyse.quotes.Speaker}, resolved within the article: pronouns to the right person,
 *       surnames to full names, "the official" to the earlier anonymous description, anonymous sources kept
 *       anonymous.</li>
 *   <li>{@link org.dossier.analyse.quotes.QuoteMerger#merge(java.util.List)} joins the same words reported by
 *       several outlets into one {@link org.dossier.analyse.quotes.MergedQuote} with every source and the best
 *       speaker.</li>
 * </ul>
 *
 * <p>Inside, the work is split into small rule sets: {@code QuoteMarks} pairs quotation marks, {@code CueLexicon}
 * knows the reporting verbs, {@code AttributionParser} finds the "who said" part next to the words,
 * {@code SpeakerPhrase} tells a person from an organisation, a group or an anonymous source, and
 * {@code ArticlePeople} with {@code SpeakerResolver} trace mentions back to names. Everything is rule-based, runs
 * offline and takes about a millisecond per article once warm.
 *
 * <p>Measured by {@code org.dossier.eval.quotes.PolnearGate} on PolNeAR and
 * {@code org.dossier.eval.quotes.QuotesSpeedBenchmark} on the example clusters (both in {@code dossier-eval}).
 */
package org.dossier.analyse.quotes;
