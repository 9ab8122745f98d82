package org.dossier.model;

/**
 * A problem met while reading input that did not stop the run: the named input was skipped.
 *
 * @param origin  the file (or stdin, or file#line) concerned
 * @param message one line a user understands, e.g. "empty file" or "no article text found in HTML"
 */
public record Issue(String origin, String message) {
}
