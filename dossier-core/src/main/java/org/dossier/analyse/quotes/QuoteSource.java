package org.dossier.analyse.quotes;

/**
 * One outlet's report of a merged quotation.
 *
 * @param articleIndex the article that carries it (0-based input position)
 * @param quote        the quote as that article reports it
 */
public record QuoteSource(int articleIndex, Quote quote) {
}
