package org.threadlens.cli;

/** A mistake of the user's, answered with a message and an exit status, never a stack trace. */
final class UserException extends Exception {
    private final int exitCode;

    UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
