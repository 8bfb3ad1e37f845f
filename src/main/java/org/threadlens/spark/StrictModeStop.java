package org.threadlens.spark;

import org.threadlens.read.InputFormatException;

/**
 * The first problem of a {@code --strict} job, thrown out of a task so that Spark fails the job; the driver
 * finds it among the failure's causes and reports its message (file, line, what was expected).
 */
final class StrictModeStop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StrictModeStop(InputFormatException problem) {
        super(problem.getMessage(), problem);
    }
}
