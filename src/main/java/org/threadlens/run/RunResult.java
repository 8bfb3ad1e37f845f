package org.threadlens.run;

/**
 * What a run did.
 *
 * @param inputs            input files named
 * @param failedInputs      inputs that could not be read at all or broke off
 * @param threads           threads finished
 * @param comments          comments in those threads (posts included)
 * @param skippedRecords    records skipped as unreadable
 * @param annotationFailures texts the engine failed on
 * @param seconds           wall time
 */
public record RunResult(
        int inputs, int failedInputs, long threads, long comments, long skippedRecords, long annotationFailures,
        double seconds) {

    /** Exit status: 0 if every input could be read (skipped records included), 2 if some could not. */
    public int exitCode() {
        return failedInputs > 0 ? 2 : 0;
    }
}
