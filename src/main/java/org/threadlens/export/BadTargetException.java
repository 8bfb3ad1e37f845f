package org.threadlens.export;

import java.io.IOException;

/**
 * An export target that cannot be written as named: a directory where a file is expected (or the reverse),
 * a parent directory that does not exist, standard output for a format that writes a directory, a directory
 * that {@code --force} would replace but that is not an earlier export.
 */
public final class BadTargetException extends IOException {
    public BadTargetException(String message) {
        super(message);
    }
}
