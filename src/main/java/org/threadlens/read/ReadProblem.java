package org.threadlens.read;

import java.util.Objects;

/**
 * A record that could not be read and was skipped.
 *
 * @param file    the input as the user named it
 * @param line    1-based line, or 0 when not known
 * @param message what was expected and what was found
 */
public record ReadProblem(String file, long line, String message) {
    public ReadProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
