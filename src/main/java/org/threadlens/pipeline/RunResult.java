package org.threadlens.pipeline;

/**
 * What a run did.
 *
 * @param inputs             input files named
 * @param failedInputs       inputs that could not be read at all or broke off
 * @param threads            threads finished (annotated, or read for {@code read})
 * @param comments           comments in those threads (posts included)
 * @param threadsDone        threads already stored with the same content, settings and layers: skipped
 * @param commentsDone       comments in those threads
 * @param skippedRecords     records skipped as unreadable
 * @param annotationFailures texts the engine failed on
 * @param runId              nullable: the run's id in the store; null without a store
 * @param seconds            wall time
 */
public record RunResult(
        int inputs, int failedInputs, long threads, long comments, long threadsDone, long commentsDone,
        long skippedRecords, long annotationFailures, Integer runId, double seconds) {

    /** Exit status: 0 if every input could be read (skipped records included), 2 if some could not. */
    public int exitCode() {
        return failedInputs > 0 ? 2 : 0;
    }
}
