package org.threadlens.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects the records readers skipped: counts every one, keeps the first {@link #KEPT} for the run's
 * provenance, and passes each to a listener (the command line prints them on stderr). In strict mode the
 * first problem is thrown instead. Thread-safe.
 */
public final class ReadProblems {
    /** How many problems are kept in detail; all are counted. */
    public static final int KEPT = 100;

    private final boolean strict;
    private final Consumer<ReadProblem> listener;
    private final List<ReadProblem> kept = new ArrayList<>();
    private long count;

    public ReadProblems(boolean strict, Consumer<ReadProblem> listener) {
        this.strict = strict;
        this.listener = listener;
    }

    /** Problems are counted and kept but not passed on. */
    public static ReadProblems collecting() {
        return new ReadProblems(false, p -> { });
    }

    /**
     * Records a skipped record.
     *
     * @throws InputFormatException in strict mode, describing this problem
     */
    public void skipped(ReadProblem problem) throws InputFormatException {
        if (strict) {
            throw new InputFormatException(problem.file(), problem.line(), problem.message());
        }
        synchronized (this) {
            count++;
            if (kept.size() < KEPT) {
                kept.add(problem);
            }
        }
        listener.accept(problem);
    }

    /** Whether the first problem stops the run. */
    public boolean strict() {
        return strict;
    }

    public synchronized long count() {
        return count;
    }

    public synchronized List<ReadProblem> kept() {
        return List.copyOf(kept);
    }
}
