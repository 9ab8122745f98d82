/**
 * Assembly: the briefing sections after the summary, built from the analysis stages.
 *
 * <pre>{@code
 * StoryAnalysis.Result r = new StoryAnalysis().analyse(analysedArticles);   // or new StoryAnalysis(sections)
 * r.events();        // EventReport: what, where, when, who, duration, sources; "what" sentence cited first
 * r.timeline();      // TimelineItem: date at its precision, one cited sentence per source naming the date
 * r.quotes();        // QuoteReport: speaker by canonical entity name, anonymous kept anonymous
 * r.entities();      // EntityReport: names used at least twice, aliases, mentions per source
 * r.agreements(); r.discrepancies();   // from the compare stage, as it gives them
 * }</pre>
 *
 * <p>{@link org.dossier.assemble.StoryAnalysis} runs the stages ({@code EventSeparator}, {@code EntityLinker},
 * {@code QuoteExtractor} with {@code QuoteMerger}, {@code StoryComparer}) and hands their results to one small
 * converter per section ({@code EventReports}, {@code TimelineItems}, {@code QuoteReports},
 * {@code EntityReports}); {@code EntityDirectory} lets the quotes use the entity linker's names. Every citation is
 * {@code Citation(articleIndex + 1, sentence index, sentence text)}, as in the summary. The facade
 * {@link org.dossier.Dossier} runs it beside the summariser; {@link org.dossier.assemble.Section} switches sections
 * off.
 */
package org.dossier.assemble;
