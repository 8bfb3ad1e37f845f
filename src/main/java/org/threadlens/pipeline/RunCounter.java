package org.threadlens.pipeline;

import java.util.SortedMap;
import java.util.TreeMap;
import org.threadlens.read.ReadProblems;
import org.threadlens.store.RunCounts;
import org.threadlens.thread.DiscussionThread;

/** Counts a run as it goes. Driving thread only. */
final class RunCounter {
    private final ReadProblems problems;
    long threadsRead;
    long threadsSkipped;
    long commentsSkipped;
    long threadsAnnotated;
    long commentsRead;
    long commentsAnnotated;
    long annotationFailures;
    private final SortedMap<String, Long> reannotated = new TreeMap<>();

    RunCounter(ReadProblems problems) {
        this.problems = problems;
    }

    void read(DiscussionThread t) {
        threadsRead++;
        commentsRead += t.comments().size();
    }

    void skipped(DiscussionThread t) {
        threadsSkipped++;
        commentsSkipped += t.comments().size();
    }

    void annotated(DiscussionThread t, int failures) {
        threadsAnnotated++;
        commentsAnnotated += t.comments().size();
        annotationFailures += failures;
    }

    void reannotated(String reason) {
        reannotated.merge(reason, 1L, Long::sum);
    }

    /** Threads read and neither annotated nor skipped as done: in hand, or dropped by a stop. */
    long notFinished() {
        return threadsRead - threadsAnnotated - threadsSkipped;
    }

    RunCounts snapshot() {
        return new RunCounts(threadsRead, threadsSkipped, threadsAnnotated, commentsRead, commentsAnnotated,
                problems.count(), problems.failedInputs(), annotationFailures, reannotated);
    }
}
