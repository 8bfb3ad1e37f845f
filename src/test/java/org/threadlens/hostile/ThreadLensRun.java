package org.threadlens.hostile;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.threadlens.cli.ThreadLensCommand;

/**
 * Runs the {@code threadlens} command line as users do: in this JVM (fast; System.out and System.err are
 * captured, so tests using it must not run in parallel), or in a child JVM with its own heap limit, where
 * what is measured is memory, or where the process is to be killed.
 */
public final class ThreadLensRun {
    private ThreadLensRun() {
    }

    public static Outcome inProcess(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        long start = System.nanoTime();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = ThreadLensCommand.execute(args.toArray(String[]::new), System.out, System.err);
            System.out.flush();
            return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                    (System.nanoTime() - start) / 1_000_000);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    public static Outcome inProcess(String... args) {
        return inProcess(List.of(args));
    }

    /** The command for a child JVM running {@code threadlens} with this heap limit (e.g. {@code 256m}). */
    public static ProcessBuilder child(String maxHeap, List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ThreadLensCommand.class.getName());
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    /**
     * Reads a running {@code annotate}'s stdout until it has printed {@code count} thread summaries (lines
     * {@code thread ...}: each printed once the thread is stored), then keeps draining it on a daemon thread, so
     * that the child never blocks on a full pipe (it would neither commit nor let readers in). Returns how many
     * it read: fewer than {@code count} where the child ended first.
     */
    public static int awaitThreadsPrinted(Process p, int count) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        int printed = 0;
        for (String line; printed < count && (line = out.readLine()) != null; ) {
            printed += line.startsWith("thread ") ? 1 : 0;
        }
        Thread drain = new Thread(() -> {
            try {
                out.transferTo(Writer.nullWriter());
            } catch (IOException ignored) {
                // the child has ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        return printed;
    }

    /**
     * Runs {@code threadlens} in a child JVM with at most {@code maxHeap} of heap, killing it after
     * {@code timeout} (then the exit status is -1). stdout and stderr go through files in {@code dir}.
     */
    public static Outcome childJvm(Path dir, String maxHeap, Duration timeout, List<String> args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "child", ".out");
        Path err = Files.createTempFile(dir, "child", ".err");
        long start = System.nanoTime();
        Process p = child(maxHeap, List.of(), args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit;
        if (p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            exit = p.exitValue();
        } else {
            p.destroyForcibly();
            p.waitFor();
            exit = -1;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Outcome(exit, Files.readString(out), Files.readString(err), millis);
    }
}
