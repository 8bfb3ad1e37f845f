package org.threadlens.spark;

import java.util.List;

/**
 * What a job did; counted by the workers (see {@link JobCounters} for when counts can be high).
 *
 * @param files              the files the inputs named
 * @param failedInputs       files that could not be read at all or broke off
 * @param threads            threads written
 * @param comments           comments in those threads (posts included)
 * @param skippedRecords     records skipped as unreadable
 * @param annotationFailures texts the engine failed on
 * @param messages           the first messages of the problems, for the user
 * @param seconds            wall time
 */
public record SparkJobResult(int files, long failedInputs, long threads, long comments, long skippedRecords,
                             long annotationFailures, List<String> messages, double seconds) {
    public SparkJobResult {
        messages = List.copyOf(messages);
    }

    /** Exit status as the single-machine commands give it: 0, or 2 if some input could not be read. */
    public int exitCode() {
        return failedInputs > 0 ? 2 : 0;
    }
}
