package org.threadlens.pipeline;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for a run's workers: numbered under the run's name ({@code threadlens-annotate-1}, ...), as thread dumps
 * and logs show them, and daemons, so that a worker stuck in an engine never keeps the JVM from exiting after a
 * stop or a failure (the run has recorded what it stored by then).
 */
final class WorkerThreads {
    private WorkerThreads() {
    }

    /** A factory of daemon threads named {@code threadlens-COMMAND-N}. */
    static ThreadFactory named(String command) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "threadlens-" + command + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
