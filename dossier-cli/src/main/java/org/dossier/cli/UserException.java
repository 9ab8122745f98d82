package org.dossier.cli;

/** A failure the user can act on: its message is printed as one line, without a stack trace. */
final class UserException extends RuntimeException {
    private final int exitCode;

    UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
