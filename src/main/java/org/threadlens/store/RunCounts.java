package org.threadlens.store;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a run did, as counted in {@code runs}.
 *
 * @param threadsRead        threads read from the inputs
 * @param threadsSkipped     threads already stored with the same content, settings and layers: not annotated
 * @param threadsAnnotated   threads annotated and stored
 * @param commentsRead       comments (posts included) of the threads read
 * @param commentsAnnotated  comments of the threads annotated
 * @param recordsSkipped     input records skipped as unreadable
 * @param inputsFailed       inputs that could not be read at all or broke off
 * @param annotationFailures texts the engine failed on (they keep empty annotations)
 * @param reannotated        threads the store held that were annotated again, by reason ({@code lacked sentiment},
 *                           {@code content changed}, ...)
 */
public record RunCounts(long threadsRead, long threadsSkipped, long threadsAnnotated, long commentsRead,
                        long commentsAnnotated, long recordsSkipped, int inputsFailed, long annotationFailures,
                        SortedMap<String, Long> reannotated) {
    public static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0, 0, 0, 0);

    public RunCounts {
        reannotated = Collections.unmodifiableSortedMap(new TreeMap<>(reannotated));
    }

    /** Counts without threads annotated again. */
    public RunCounts(long threadsRead, long threadsSkipped, long threadsAnnotated, long commentsRead,
                     long commentsAnnotated, long recordsSkipped, int inputsFailed, long annotationFailures) {
        this(threadsRead, threadsSkipped, threadsAnnotated, commentsRead, commentsAnnotated, recordsSkipped, inputsFailed,
                annotationFailures, new TreeMap<>(Map.of()));
    }
}
