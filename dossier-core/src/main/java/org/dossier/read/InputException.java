package org.dossier.read;

/**
 * An input that cannot be used, with a message a user understands ("empty file", "binary file, not text").
 * The loader reports it and goes on with the other inputs.
 */
public class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
