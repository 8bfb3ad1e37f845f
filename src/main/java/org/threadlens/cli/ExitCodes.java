package org.threadlens.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.threadlens.export.BadTargetException;
import org.threadlens.export.TargetExistsException;
import org.threadlens.read.InputFormatException;
import org.threadlens.spi.UnknownExtensionException;
import org.threadlens.store.StoreException;

/**
 * The exit statuses of DESIGN.md and which failure maps to which. A command a signal stopped exits with
 * 128 + the signal's number instead (130 SIGINT, 143 SIGTERM: {@link Interrupts#exitCode()}).
 */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    private ExitCodes() {
    }

    /** The status for a failure that ended a command. */
    static int of(Throwable e) {
        if (e instanceof UserException u) {
            return u.exitCode();
        }
        if (e instanceof UnknownExtensionException || e instanceof InputFormatException
                || e instanceof TargetExistsException || e instanceof BadTargetException
                || e instanceof NoSuchFileException) {
            return BAD_INPUT;
        }
        return FAILED;
    }

    /** The message for a failure: the exception's own for known kinds, else the kind and a hint. */
    static String message(Throwable e) {
        if (e instanceof UserException || e instanceof UnknownExtensionException || e instanceof InputFormatException
                || e instanceof StoreException || e instanceof TargetExistsException
                || e instanceof BadTargetException) {
            return e.getMessage();
        }
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": no such file";
        }
        if (e instanceof IOException) {
            return "I/O error: " + e.getMessage();
        }
        if (e instanceof java.io.UncheckedIOException u) {
            return "I/O error: " + u.getMessage();
        }
        if (e instanceof LinkageError) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return "cannot load a library: " + root + " (is the temporary directory " + System.getProperty("java.io.tmpdir")
                    + " full or read-only? run again with --debug for the stack trace)";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory: give Java more heap, e.g. THREADLENS_JAVA_OPTS=-Xmx8g, or use fewer --threads";
        }
        return "internal error: " + e + " (run again with --debug for the stack trace, and report it)";
    }
}
