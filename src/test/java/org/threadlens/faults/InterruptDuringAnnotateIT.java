package org.threadlens.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.cli.SignalledChild;
import org.threadlens.hostile.ThreadLensRun;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.RunInfo;
import org.threadlens.store.RunStatus;

/**
 * SIGINT and SIGTERM sent to a real {@code threadlens annotate} (the light OpenNLP engine, in a child JVM) while it
 * stores threads: it stops reading, keeps every thread it annotated (each whole), drops those in hand, marks its
 * run interrupted, says what is stored and how to resume, and exits 130 (SIGINT) or 143 (SIGTERM); the same
 * command then finishes the job, skipping what is stored. {@code export} stopped so leaves no partial output. A
 * second signal ends a stopping process at once.
 */
class InterruptDuringAnnotateIT {
    private static final int THREADS = 800;
    /** Threads finished before the signal is sent: well inside the run. */
    private static final int SIGNAL_AFTER = 60;
    private static final Pattern STORED = Pattern.compile(
            "interrupted \\((SIG\\w+)\\): (\\d+) threads? stored in (\\S+) \\(run (\\d+)\\): (\\d+) annotated, \\d+ already there; "
                    + "(none was in hand|\\d+ in hand (was|were) dropped); .*run the same command again to resume \\(stored threads are skipped\\)");

    @TempDir
    static Path dir;
    static AnnotateChild.Reference reference;

    @BeforeAll
    static void uninterrupted() throws Exception {
        reference = AnnotateChild.Reference.run(dir, THREADS);
        assertEquals(THREADS, reference.stored().size());
    }

    /** The child, its stderr in {@code log}; returns once {@code after} threads are finished (stored and written). */
    private static Process startAndWait(Path log, List<String> args, int after) throws IOException {
        Process p = ThreadLensRun.child("512m", List.of(), args).redirectError(log.toFile()).start();
        assertEquals(after, ThreadLensRun.awaitThreadsPrinted(p, after), "the run ended before the signal: "
                + Files.readString(log));
        return p;
    }

    private static void kill(String signal, long pid) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor());
    }

    /** Waits for the process to end; returns the milliseconds it took. */
    private static long millisToExit(Process p, long since) throws Exception {
        assertTrue(p.waitFor(1, TimeUnit.MINUTES), "ended");
        return (System.nanoTime() - since) / 1_000_000;
    }

    @Test
    void sigintStoresTheThreadsAnnotatedWholeSaysSoExits130AndTheRerunFinishes() throws Exception {
        Path work = Files.createDirectories(dir.resolve("sigint"));
        Path db = work.resolve("corpus.duckdb");
        Path out = work.resolve("out.jsonl");
        List<String> args = AnnotateChild.talkative(reference.input(), "--db", db.toString(), "--out", out.toString());
        Process p = startAndWait(work.resolve("run.log"), args, SIGNAL_AFTER);
        long sent = System.nanoTime();
        kill("INT", p.pid());
        long millis = millisToExit(p, sent);
        String err = Files.readString(work.resolve("run.log"));
        System.out.println("SIGINT to exit: " + millis + " ms; stderr:\n" + err);
        assertEquals(130, p.exitValue(), err);
        assertTrue(err.contains("threadlens: SIGINT: stopping after the work in hand (a second signal stops at once)"), err);
        Matcher m = STORED.matcher(err);
        assertTrue(m.find(), err);
        assertEquals("SIGINT", m.group(1));
        assertEquals(db.toString(), m.group(3));
        long stored = Long.parseLong(m.group(2));
        assertTrue(stored >= SIGNAL_AFTER && stored < THREADS, "stopped inside the run: " + stored);
        assertTrue(err.contains(out + " not written (only a run that ends writes it, whole)"), err);
        assertFalse(err.contains("Exception"), err);

        Map<String, AnnotatedThread> kept = AnnotateChild.stored(db);
        assertEquals(stored, kept.size());
        kept.forEach((id, t) -> assertEquals(reference.stored().get(id), t, "stored whole: " + id));
        assertEquals(0, threadsMissingCommentRows(db), "every stored thread has the rows of all its comments");
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            RunInfo run = store.runs().get(0);
            assertEquals(RunStatus.INTERRUPTED, run.status());
            assertTrue(run.message().startsWith("stopped by SIGINT: every thread annotated is stored"), run.message());
            assertEquals(stored, run.counts().threadsAnnotated());
            assertEquals(stored, run.threadsStored());
        }
        assertEquals(List.of(), AnnotateChild.leftovers(work, "corpus.duckdb", "run.log"), "--out is not published, no part left");

        assertEquals(0, AnnotateChild.runToEnd(work.resolve("rerun.log"), List.of(), args), Files.readString(work.resolve("rerun.log")));
        String rerun = Files.readString(work.resolve("rerun.log"));
        assertTrue(rerun.contains("already done, skipped: " + stored + " threads"), rerun);
        assertEquals(reference.stored(), AnnotateChild.stored(db));
        assertEquals(reference.records(), AnnotateChild.jsonl(out));
    }

    @Test
    void sigtermFromDestroyExits143AndLeavesNoPartialOut() throws Exception {
        Path work = Files.createDirectories(dir.resolve("sigterm"));
        Path out = work.resolve("out.jsonl");
        Path db = work.resolve("corpus.duckdb");
        List<String> args = AnnotateChild.talkative(reference.input(), "--db", db.toString(), "--out", out.toString());
        Process p = startAndWait(work.resolve("run.log"), args, SIGNAL_AFTER);
        long sent = System.nanoTime();
        p.destroy(); // SIGTERM
        long millis = millisToExit(p, sent);
        String err = Files.readString(work.resolve("run.log"));
        System.out.println("SIGTERM to exit: " + millis + " ms");
        assertEquals(143, p.exitValue(), err);
        Matcher m = STORED.matcher(err);
        assertTrue(m.find(), err);
        assertEquals("SIGTERM", m.group(1));
        assertEquals(Long.parseLong(m.group(2)), AnnotateChild.stored(db).size());
        assertEquals(List.of(), AnnotateChild.leftovers(work, "corpus.duckdb", "run.log"));
    }

    @Test
    void sigintDuringExportRemovesThePartialOutputAndSaysSo() throws Exception {
        Path work = Files.createDirectories(dir.resolve("export"));
        Path db = work.resolve("synth.duckdb");
        var synth = ThreadLensRun.childJvm(work, "512m", java.time.Duration.ofMinutes(2),
                List.of("synth", "--db", db.toString(), "--comments", "60000"));
        assertEquals(0, synth.exit(), synth.err());
        Path out = work.resolve("out.jsonl");
        Path log = work.resolve("export.log");
        Process p = startLogged("512m", List.of("export", "--db", db.toString(), "--to", "jsonl", "--out", out.toString()),
                log);
        awaitWhileAlive(p, log, () -> partBytes(work) >= 1_000_000); // the export is well under way
        kill("INT", p.pid());
        millisToExit(p, System.nanoTime());
        String err = Files.readString(log);
        assertEquals(130, p.exitValue(), err);
        assertTrue(err.matches("(?s).*interrupted \\(SIGINT\\) after \\d+ of \\d+ threads: nothing written to " + Pattern.quote(out.toString())
                + " \\(the partial output is removed\\); run the same command again.*"), err);
        assertEquals(List.of(), AnnotateChild.leftovers(work, "synth.duckdb", "export.log").stream()
                .filter(f -> !f.startsWith("child")).toList(), "no target, no part, no provenance file");
    }

    @Test
    void sigtermDuringImportStoresWholeThreadsSaysSoAndTheRerunFinishes() throws Exception {
        Path work = Files.createDirectories(dir.resolve("import"));
        Path synthDb = work.resolve("synth.duckdb");
        var synth = ThreadLensRun.childJvm(work, "512m", java.time.Duration.ofMinutes(2),
                List.of("synth", "--db", synthDb.toString(), "--comments", "200000"));
        assertEquals(0, synth.exit(), synth.err());
        Path records = work.resolve("records.jsonl");
        var export = ThreadLensRun.childJvm(work, "512m", java.time.Duration.ofMinutes(2),
                List.of("export", "--db", synthDb.toString(), "--to", "jsonl", "--out", records.toString()));
        assertEquals(0, export.exit(), export.err());
        Path db = work.resolve("imported.duckdb");
        Path log = work.resolve("import.log");
        Process p = startLogged("1g", List.of("import", records.toString(), "--db", db.toString()), log);
        awaitWhileAlive(p, log, () -> Files.exists(db));
        Thread.sleep(2000); // storing threads (all 200,000 comments take 10 s and more)
        assertTrue(p.isAlive(), "import ended first: " + Files.readString(log));
        p.destroy(); // SIGTERM
        millisToExit(p, System.nanoTime());
        String err = Files.readString(log);
        assertEquals(143, p.exitValue(), err);
        assertTrue(err.matches("(?s).*interrupted \\(SIGTERM\\): \\d+ threads stored in " + Pattern.quote(db.toString())
                + " \\(run 1\\); run the same command again to resume \\(stored threads are skipped\\).*"), err);
        assertEquals(0, threadsMissingCommentRows(db), "every stored thread whole");
        var rerun = ThreadLensRun.childJvm(work, "1g", java.time.Duration.ofMinutes(2),
                List.of("import", records.toString(), "--db", db.toString()));
        assertEquals(0, rerun.exit(), rerun.err());
        assertTrue(rerun.err().matches("(?s).*imported \\d+ threads .*; \\d+ already stored; .*"), rerun.err());
    }

    /** A child JVM running {@code threadlens ARGS}, its stdout and stderr in {@code log}. */
    private static Process startLogged(String maxHeap, List<String> args, Path log) throws IOException {
        return ThreadLensRun.child(maxHeap, List.of(), args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** A condition on the child's files, polled. */
    private interface Condition {
        boolean holds() throws IOException;
    }

    /** Waits up to a minute until {@code ready} holds, failing if the child ends first. */
    private static void awaitWhileAlive(Process p, Path log, Condition ready) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!ready.holds()) {
            assertTrue(p.isAlive() && System.nanoTime() < deadline, "the command ended first: " + Files.readString(log));
            Thread.sleep(20);
        }
    }

    /** Bytes in the export's temporary files so far. */
    private static long partBytes(Path work) throws IOException {
        try (var files = Files.list(work)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    @Test
    void aSecondSignalEndsAStoppingProcessAtOnce() throws Exception {
        Path log = dir.resolve("second.log");
        Process p = startSignalledChild(log, List.of());
        kill("INT", p.pid());
        awaitLine(log, "threadlens: SIGINT: stopping after the work in hand");
        assertTrue(p.isAlive(), "the first signal only asks to stop");
        long sent = System.nanoTime();
        kill("INT", p.pid());
        long millis = millisToExit(p, sent);
        System.out.println("second SIGINT to exit: " + millis + " ms");
        assertEquals(130, p.exitValue());
        assertTrue(millis < 5_000, "at once, not after the minute the stop would take: " + millis + " ms");
        assertTrue(Files.readString(log).contains("threadlens: SIGINT again: stopping at once"), Files.readString(log));
    }

    @Test
    void aSignalIgnoredWhenTheJvmStartedStaysIgnored() throws Exception {
        Path log = dir.resolve("ignored.log");
        Process p = startSignalledChild(log, List.of("bash", "-c", "trap '' INT; exec \"$0\" \"$@\""));
        kill("INT", p.pid());
        Thread.sleep(500);
        assertTrue(p.isAlive(), "SIGINT, ignored by whoever started it (nohup, a background job), changes nothing");
        assertFalse(Files.readString(log).contains("SIGINT"), Files.readString(log));
        kill("TERM", p.pid());
        awaitLine(log, "threadlens: SIGTERM: stopping after the work in hand");
        p.destroyForcibly();
        p.waitFor();
    }

    private static Process startSignalledChild(Path log, List<String> shellPrefix) throws Exception {
        List<String> command = new ArrayList<>(shellPrefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m", "-cp",
                System.getProperty("java.class.path"), SignalledChild.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitLine(log, "ready");
        return p;
    }

    private static void awaitLine(Path log, String start) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Files.readAllLines(log).stream().noneMatch(l -> l.startsWith(start))) {
            assertTrue(System.nanoTime() < deadline, "no line '" + start + "' in: " + Files.readString(log));
            Thread.sleep(20);
        }
    }

    /** Stored threads whose comments table lacks rows of their comments (or holds more). */
    private static long threadsMissingCommentRows(Path db) throws Exception {
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            return store.select("SELECT count(*) FROM threads t WHERE t.comments <> "
                    + "(SELECT count(*) FROM comments c WHERE c.thread_key = t.thread_key)", List.of(), rs -> rs.getLong(1)).get(0);
        }
    }
}
