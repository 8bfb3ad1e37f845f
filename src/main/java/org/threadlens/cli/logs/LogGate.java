package org.threadlens.cli.logs;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where the libraries' log lines go: to the sink a command opened, or (none open) to the wrapped provider, as
 * before. One sink at a time. Thread-safe: lines come from any thread, each handed to the sink on the thread
 * that logged it.
 */
public final class LogGate {
    /** The system property naming SLF4J's provider (SLF4J 2.0.9 and later). */
    static final String PROVIDER_PROPERTY = "slf4j.provider";
    private static volatile Consumer<LogLine> sink;

    private LogGate() {
    }

    /**
     * Makes {@link GatedServiceProvider} SLF4J's provider, unless one was named already ({@code -Dslf4j.provider});
     * quiets SLF4J's own notice that it was named. Call before anything logs: SLF4J picks its provider once.
     */
    public static void selectProvider() {
        if (System.getProperty(PROVIDER_PROPERTY) == null) {
            System.setProperty(PROVIDER_PROPERTY, GatedServiceProvider.class.getName());
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "WARN");
            }
        }
    }

    /** A sink open until closed. */
    public interface Opened extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Hands every line logged from now on to {@code to}, until the result is closed.
     *
     * @throws IllegalStateException if a sink is open already
     */
    public static synchronized Opened open(Consumer<LogLine> to) {
        Objects.requireNonNull(to, "to");
        if (sink != null) {
            throw new IllegalStateException("the library logs are gathered already");
        }
        sink = to;
        return () -> {
            synchronized (LogGate.class) {
                if (sink == to) {
                    sink = null;
                }
            }
        };
    }

    /** Hands {@code line} to the open sink; false if none is open (then the caller prints it). */
    static boolean offer(LogLine line) {
        Consumer<LogLine> to = sink;
        if (to == null) {
            return false;
        }
        to.accept(line);
        return true;
    }
}
