/**
 * Cleaning scraped article text: from the text of a news page to the article alone.
 *
 * <p>Entry point: {@link org.dossier.clean.ScrapedTextCleaner#clean} (or {@code inspect} for the per-line
 * reasons). The design follows an analysis chain: each page line is repaired ({@link org.dossier.clean.TextRepair}),
 * then offered to a list of small {@link org.dossier.clean.LineRule}s, each with one job (a phrase list, a pattern,
 * a breadcrumb test, the repeated headline, the line after "Watch related report", the position above or below the
 * prose body). The first rule that recognises the line names its {@link org.dossier.clean.Furniture} kind; a line
 * no rule claims is article text. {@link org.dossier.clean.StandardRules} holds the default chain; callers can build
 * their own {@link org.dossier.clean.LineClassifier} from any rules.
 *
 * <p>The safety principle: context rules only drop lines that do not end like a sentence, because article
 * sentences do; content rules that can drop a full sentence (credits, bios, comment prompts) are tied to wording
 * that does not occur in news prose and to short lines.
 */
package org.dossier.clean;
