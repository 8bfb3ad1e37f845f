package org.threadlens.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Where readers report what they could not read: a record skipped (the read goes on), or a whole input that
 * could not be read or broke off (the other inputs go on). Every problem is counted; the first {@link #KEPT}
 * are kept for the run's provenance; each is passed to a {@link Listener} (the command line prints them).
 * In strict mode the first problem is thrown instead. Thread-safe.
 */
public final class ReadProblems {
    /** How many problems are kept in detail; all are counted. */
    public static final int KEPT = 100;

    /** Receives problems as they happen. */
    public interface Listener {
        void skipped(ReadProblem problem);

        void inputFailed(String file, String message);
    }

    private static final Listener SILENT = new Listener() {
        @Override
        public void skipped(ReadProblem problem) {
        }

        @Override
        public void inputFailed(String file, String message) {
        }
    };

    private final boolean strict;
    private final Listener listener;
    private final List<ReadProblem> kept = new ArrayList<>();
    private long skipped;
    private int failedInputs;

    public ReadProblems(boolean strict, Listener listener) {
        this.strict = strict;
        this.listener = listener;
    }

    /** Problems are counted and kept but not passed on; not strict. */
    public static ReadProblems collecting() {
        return new ReadProblems(false, SILENT);
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
            skipped++;
            keep(problem);
        }
        listener.skipped(problem);
    }

    /**
     * Records an input that could not be read at all or broke off; what was read before the break is kept.
     *
     * @throws InputFormatException in strict mode
     */
    public void inputFailed(InputFormatException e) throws InputFormatException {
        if (strict) {
            throw e;
        }
        synchronized (this) {
            failedInputs++;
            keep(new ReadProblem(e.file(), e.line(), e.getMessage()));
        }
        listener.inputFailed(e.file(), e.getMessage());
    }

    /** The first problem is thrown: for callers that want all or nothing. */
    public static ReadProblems throwing() {
        return new ReadProblems(true, SILENT);
    }

    /** Whether the first problem stops the run. */
    public boolean strict() {
        return strict;
    }

    /** Records skipped so far. */
    public synchronized long count() {
        return skipped;
    }

    /** Inputs that failed so far. */
    public synchronized int failedInputs() {
        return failedInputs;
    }

    public synchronized List<ReadProblem> kept() {
        return List.copyOf(kept);
    }

    private void keep(ReadProblem p) {
        if (kept.size() < KEPT) {
            kept.add(p);
        }
    }
}
