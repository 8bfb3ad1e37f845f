package org.threadlens.pipeline;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an import did.
 *
 * @param inputs         inputs named
 * @param files          record files read (a directory counts its files)
 * @param failedInputs   inputs or files that could not be read at all, were refused, or broke off
 * @param threadsRead    records read
 * @param commentsRead   texts (posts included) in those records
 * @param threadsStored  threads written into the store
 * @param commentsStored texts of those threads
 * @param structureOnly  of the threads stored, those whose record holds no annotations
 * @param threadsSkipped threads the store already held (same content and settings, as many layers or more)
 * @param conflicts      threads the store holds in another version, kept as stored
 * @param conflictIds    the first {@link ImportRun#NAMED_CONFLICTS} of those, {@code id (reason)}
 * @param replaced       threads stored over another version, by reason ({@code lacked sentiment}, ...)
 * @param skippedRecords records skipped as unreadable
 * @param runId          the run's id in the store
 * @param seconds        wall time
 * @param stoppedBy      nullable: the signal that stopped the run ({@code SIGINT}); null if it ran to its end
 */
public record ImportResult(int inputs, int files, int failedInputs, long threadsRead, long commentsRead, long threadsStored,
                           long commentsStored, long structureOnly, long threadsSkipped, long conflicts,
                           List<String> conflictIds, SortedMap<String, Long> replaced, long skippedRecords, int runId,
                           double seconds, String stoppedBy) {
    public ImportResult {
        conflictIds = List.copyOf(conflictIds);
        replaced = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(replaced));
    }

    /** Exit status: 0 if every input could be read (skipped records and conflicts included), 2 if some could not. */
    public int exitCode() {
        return failedInputs > 0 ? 2 : 0;
    }

    /** Texts read per second of wall time. */
    public double commentsPerSecond() {
        return seconds > 0 ? commentsRead / seconds : 0;
    }
}
