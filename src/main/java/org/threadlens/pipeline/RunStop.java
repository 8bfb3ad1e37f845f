package org.threadlens.pipeline;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * A request to stop a run early (SIGINT or SIGTERM at the command line), made from any thread and seen by the
 * run's driving thread at its safe points: before it reads the next thread, and every
 * {@value #POLL_MILLIS} ms while it waits for one being annotated. What the run does then is the run's
 * contract (an {@link AnnotationRun} stores the threads already annotated and drops those still in hand); this
 * type only carries the request and why. Thread-safe. As a {@link BooleanSupplier} it answers whether a stop
 * was requested, for code below this package that takes a plain check.
 */
public final class RunStop implements BooleanSupplier {
    /** How often a wait for work in flight looks for a stop request. */
    static final long POLL_MILLIS = 50;

    private final AtomicReference<String> reason = new AtomicReference<>();

    /** A stop not yet requested. */
    public RunStop() {
    }

    /** A stop nobody requests: runs driven from the Java API without one. */
    public static RunStop never() {
        return new RunStop();
    }

    /**
     * Requests the stop. The first request wins; later ones change nothing.
     *
     * @param why what asked for it, for messages and the store's {@code runs.message} (e.g. {@code SIGINT})
     * @return whether this was the first request
     */
    public boolean request(String why) {
        Objects.requireNonNull(why, "why");
        return reason.compareAndSet(null, why);
    }

    public boolean requested() {
        return reason.get() != null;
    }

    /** What asked for the stop, or null if none was requested. */
    public String reason() {
        return reason.get();
    }

    @Override
    public boolean getAsBoolean() {
        return requested();
    }
}
