package org.threadlens.pipeline;

import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;

/**
 * Events of an import, for progress and messages. Called from the run's driving thread. Every method has a
 * no-op default.
 */
public interface ImportListener extends ReadProblems.Listener {
    ImportListener NONE = new ImportListener() { };

    /** A thread the store holds in another version, kept as stored; {@code reason} says how it differs. */
    default void conflict(String platform, String id, String reason) {
    }

    /** Threads were committed: texts stored so far by this run, and texts read. */
    default void committed(long commentsStored, long commentsRead) {
    }

    /** A record was skipped as unreadable; the run goes on. */
    @Override
    default void skipped(ReadProblem problem) {
    }

    /** An input could not be read (or broke off); records read from it before the break were kept. */
    @Override
    default void inputFailed(String file, String message) {
    }
}
