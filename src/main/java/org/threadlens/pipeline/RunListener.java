package org.threadlens.pipeline;

import org.threadlens.annotate.AnnotationFailure;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.thread.DiscussionThread;

/**
 * Events of a run, for progress and messages. Called from the run's driving thread, except
 * {@link #skipped}, which readers may call from where they read. Every method has a no-op default.
 */
public interface RunListener extends ReadProblems.Listener {
    RunListener NONE = new RunListener() { };

    /** An input is about to be read in {@code format}. */
    default void inputStarted(String file, String format) {
    }

    /** A thread was read (not yet annotated). */
    default void threadRead(DiscussionThread thread) {
    }

    /** A thread is finished: annotated, analyzed, stored and written. */
    default void threadDone(AnnotatedThread record) {
    }

    /** A thread already stored with the same content, settings and layers: not annotated again. */
    default void threadSkipped(DiscussionThread thread) {
    }

    /** A thread the store holds is annotated again; {@code reason} says why (e.g. {@code lacked sentiment}). */
    default void threadReannotated(DiscussionThread thread, String reason) {
    }

    /** A record was skipped; the run goes on. */
    @Override
    default void skipped(ReadProblem problem) {
    }

    /** An input could not be read (or broke off); threads read from it before the break were kept. */
    @Override
    default void inputFailed(String file, String message) {
    }

    /** A text could not be annotated; it keeps empty annotations. */
    default void annotationFailed(AnnotationFailure failure) {
    }
}
