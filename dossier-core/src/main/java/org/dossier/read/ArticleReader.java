package org.dossier.read;

/**
 * Reads one input in one format into articles.
 *
 * <p>A reader throws {@link InputException} when the whole input is unusable; inputs that hold several articles
 * (JSON lines) report bad parts in {@link ReadResult#skipped()} and keep the good ones.
 */
public interface ArticleReader {

    /** The articles in {@code input}. */
    ReadResult read(Input input) throws InputException;
}
