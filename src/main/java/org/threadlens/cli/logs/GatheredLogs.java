package org.threadlens.cli.logs;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.event.Level;

/**
 * The libraries' log lines during a command, gathered so that they do not cut into its progress line: every
 * warning and error is counted by kind ({@link LogKinds}) and {@link #summarize()} prints one line per kind.
 * An error is also printed at once, so is every line with {@code showEach} ({@code --debug}); with a log file,
 * every line is appended to it with its time (and its stack trace). Lines below WARN reach here only where the
 * user lowered the level ({@code -Dorg.slf4j.simpleLogger.defaultLogLevel=info}): printed at once, not counted.
 *
 * <p>Lifecycle: {@link #start} → lines → {@link #summarize()} → {@link #close()} (which summarizes if that was
 * not done, so that a failed command still tells). One at a time per process. Thread-safe: lines come from the
 * threads that log them.
 */
public final class GatheredLogs implements AutoCloseable {
    private final Consumer<String> console;
    private final boolean showEach;
    private final Path logFile;
    private final PrintWriter file;
    private final LogKinds kinds = new LogKinds();
    private final LogGate.Opened gate;
    private boolean summarized;

    private GatheredLogs(Consumer<String> console, boolean showEach, Path logFile, PrintWriter file) {
        this.console = console;
        this.showEach = showEach;
        this.logFile = logFile;
        this.file = file;
        this.gate = LogGate.open(this::accept);
    }

    /**
     * Gathers from now on.
     *
     * @param console  prints a line for the user (above any progress line); called from the logging threads
     * @param showEach print every line as it comes ({@code --debug})
     * @param logFile  nullable: a file to append every line to
     * @throws IOException if the log file cannot be opened
     */
    public static GatheredLogs start(Consumer<String> console, boolean showEach, Path logFile) throws IOException {
        Objects.requireNonNull(console, "console");
        PrintWriter file = logFile == null ? null : new PrintWriter(new OutputStreamWriter(Files.newOutputStream(logFile,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE), StandardCharsets.UTF_8), true);
        return new GatheredLogs(console, showEach, logFile, file);
    }

    /** Takes one line: counts it, prints it if it must be seen now, writes it to the log file. */
    void accept(LogLine line) {
        boolean counted = line.level().compareTo(Level.WARN) <= 0; // ERROR and WARN
        if (counted) {
            kinds.add(line);
        }
        if (file != null) {
            synchronized (file) {
                file.println(Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + line.level() + " " + line.logger() + " - " + line.message());
                if (line.cause() != null) {
                    line.cause().printStackTrace(file);
                }
            }
        }
        if (!counted || showEach || line.level() == Level.ERROR) {
            console.accept(line.display());
        }
    }

    /** Lines counted so far (warnings and errors). */
    public long counted() {
        return kinds.lines();
    }

    /** Prints one line per kind of line counted (nothing if none); once. */
    public synchronized void summarize() {
        if (summarized) {
            return;
        }
        summarized = true;
        String where = showEach ? "each shown above" : logFile != null ? "each line is in " + logFile
                : "--debug shows each line";
        kinds.summary(where).forEach(console);
    }

    /** Summarizes (if not done), stops gathering, closes the log file. */
    @Override
    public void close() {
        gate.close();
        summarize();
        if (file != null) {
            file.close();
        }
    }
}
