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
 * @param stoppedBy          nullable: what stopped the run early ({@link RunStop#reason()}); null if it read
 *                           every input to its end
 * @param threadsNotStored   threads read and then dropped by the stop: in hand, neither stored nor written
 */
public record RunResult(
        int inputs, int failedInputs, long threads, long comments, long threadsDone, long commentsDone,
        long skippedRecords, long annotationFailures, Integer runId, double seconds, String stoppedBy,
        long threadsNotStored) {

    public RunResult {
        if (threadsNotStored < 0 || (stoppedBy == null && threadsNotStored > 0)) {
            throw new IllegalArgumentException("threadsNotStored " + threadsNotStored + " for a run "
                    + (stoppedBy == null ? "not stopped" : "stopped by " + stoppedBy));
        }
    }

    /** A run that read every input to its end. */
    public RunResult(int inputs, int failedInputs, long threads, long comments, long threadsDone, long commentsDone,
                     long skippedRecords, long annotationFailures, Integer runId, double seconds) {
        this(inputs, failedInputs, threads, comments, threadsDone, commentsDone, skippedRecords, annotationFailures, runId,
                seconds, null, 0);
    }

    /** Whether a stop request ended the run before the end of its inputs. */
    public boolean stopped() {
        return stoppedBy != null;
    }

    /** Exit status: 0 if every input could be read (skipped records included), 2 if some could not. */
    public int exitCode() {
        return failedInputs > 0 ? 2 : 0;
    }
}
