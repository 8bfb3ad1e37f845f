package org.threadlens.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.threadlens.pipeline.RunStop;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT (Ctrl-C) and SIGTERM while a command runs. The first signal requests a stop ({@link #stop()}), which
 * the command's run sees at its next safe point, and says so at once; the command then finishes or drops what
 * it has in hand, says what is kept, and exits with {@link #exitCode()} (128 + the signal's number: 130 for
 * SIGINT, 143 for SIGTERM, as the shell reports a process the signal ended). A second signal ends the process
 * at once ({@link Runtime#halt}) with its own 128 + number: what is stored is as after {@code kill -9}, whole.
 * A command takes part with one call: {@code try (Interrupts i = Interrupts.install(console)) { ... i.stop() ... }}.
 *
 * <p>Why {@code sun.misc.Signal} and not a shutdown hook: a hook runs only once the JVM is already exiting, with
 * the status fixed and other hooks running beside it; a second signal then waits for the hooks instead of
 * ending the process. A handler lets the command stop in its own time, choose its status, and be ended by a
 * second signal. {@code bin/threadlens} starts the JVM with {@code exec}, so the signals reach it directly. A
 * signal already ignored when the JVM started (a job started in the background by a non-interactive shell,
 * {@code nohup}) stays ignored; where the JVM keeps a signal for itself ({@code -Xrs}), its default remains and
 * the process ends at once, as before.
 *
 * <p>Thread-safety: {@link #received} runs on a thread the JVM starts for each signal; everything here is safe
 * for that. {@code install} and {@code close} belong to the command's thread.
 */
final class Interrupts implements AutoCloseable {
    private static final List<String> SIGNALS = List.of("INT", "TERM");
    /** How long a second signal waits for its message to be printed before the process ends regardless. */
    private static final long LAST_WORDS_MILLIS = 200;

    private final Consumer<String> console;
    private final IntConsumer halt;
    private final RunStop stop = new RunStop();
    private final AtomicInteger received = new AtomicInteger();
    private volatile int exitCode;
    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

    /**
     * @param console prints a line for the user (above any progress line); called from signal threads
     * @param halt    ends the process with a status, at once
     */
    Interrupts(Consumer<String> console, IntConsumer halt) {
        this.console = Objects.requireNonNull(console, "console");
        this.halt = Objects.requireNonNull(halt, "halt");
    }

    /** Handles SIGINT and SIGTERM until {@link #close()}; {@code console} prints the notice of a stop. */
    static Interrupts install(Consumer<String> console) {
        Interrupts interrupts = new Interrupts(console, status -> Runtime.getRuntime().halt(status));
        for (String name : SIGNALS) {
            Signal signal;
            SignalHandler old;
            try {
                signal = new Signal(name);
                old = Signal.handle(signal, s -> interrupts.received(s.getName(), s.getNumber()));
            } catch (IllegalArgumentException e) {
                continue; // the JVM or the platform keeps this signal: its default stays
            }
            if (old == SignalHandler.SIG_IGN) {
                Signal.handle(signal, old); // ignored by whoever started the JVM: it stays ignored
            } else {
                interrupts.previous.put(signal, old);
            }
        }
        return interrupts;
    }

    /** The stop the first signal requests, for the command's run. */
    RunStop stop() {
        return stop;
    }

    /** Whether a signal asked the command to stop. */
    boolean stopped() {
        return stop.requested();
    }

    /** The status to exit with after a stop: 128 + the first signal's number; 0 before any signal. */
    int exitCode() {
        return exitCode;
    }

    /**
     * A signal came: the first requests the stop, the second ends the process.
     *
     * @param name   the signal's name without {@code SIG} ({@code INT})
     * @param number its number (2 for INT, 15 for TERM)
     */
    void received(String name, int number) {
        String signal = "SIG" + name;
        if (received.incrementAndGet() == 1) {
            exitCode = 128 + number;
            stop.request(signal);
            console.accept("threadlens: " + signal + ": stopping after the work in hand (a second signal stops at once)");
            return;
        }
        // The console may be blocked (a full pipe): end the process even if the message cannot be printed.
        Thread deadline = new Thread(() -> {
            try {
                Thread.sleep(LAST_WORDS_MILLIS);
            } catch (InterruptedException ignored) {
                // ending now is as good
            }
            halt.accept(128 + number);
        }, "threadlens-halt");
        deadline.setDaemon(true);
        deadline.start();
        console.accept("threadlens: " + signal + " again: stopping at once (as after kill -9: what is stored stays "
                + "whole; run the same command again to resume)");
        halt.accept(128 + number);
    }

    /** Gives the signals back to the JVM's own handling. */
    @Override
    public void close() {
        previous.forEach(Signal::handle);
        previous.clear();
    }
}
