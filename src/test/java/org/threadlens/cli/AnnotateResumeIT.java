package org.threadlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.GeneratedThreads;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.hostile.ThreadLensRun;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.RunInfo;
import org.threadlens.store.RunStatus;

/**
 * A crash costs nothing, for real: {@code threadlens annotate} runs in a child JVM (real CoreNLP, sentences
 * only: it loads in about a second) over generated threads and is killed with SIGKILL once it has stored
 * some; while it runs, a second writer is refused; the same command run again finishes the job, and the
 * store then holds exactly what an uninterrupted run stores, every thread annotated by exactly one run.
 */
class AnnotateResumeIT {
    private static final int THREADS = 1500;
    private static final int KILL_AFTER = 60;

    @TempDir
    static Path dir;
    static Path input;

    @BeforeAll
    static void generate() throws Exception {
        input = GeneratedThreads.write(dir.resolve("threads.txt"), THREADS, 6);
    }

    private static ProcessBuilder annotate(Path db) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.threadlens.cli.ThreadLensCommand", "annotate", "--db", db.toString(), "--annotators", "sentences",
                "--threads", "2", input.toString())
                .redirectError(dir.resolve(db.getFileName() + ".err").toFile());
    }

    /** Runs {@code annotate} to its end; returns its stderr. */
    private static String annotateToTheEnd(Path db) throws Exception {
        Process p = annotate(db).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "annotate did not finish");
        String err = Files.readString(dir.resolve(db.getFileName() + ".err"));
        assertEquals(0, p.exitValue(), err);
        return err;
    }

    /** The command line in this process, as a second writer would run it. */
    private static CliTest.Outcome secondProcess(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ThreadLensCommand.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliTest.Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, AnnotatedThread> records(Path db) throws Exception {
        Map<String, AnnotatedThread> out = new LinkedHashMap<>();
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            store.forEach(r -> assertEquals(null, out.put(r.thread().id(), r), "stored twice: " + r.thread().id()));
        }
        return out;
    }

    private static List<String> tableCounts(Path db) throws Exception {
        List<String> out = new ArrayList<>();
        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), readOnly);
             Statement s = c.createStatement()) {
            for (String table : List.of("threads", "comments", "sentences", "tokens", "entities", "quotes", "sentiment_scores")) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    out.add(table + " " + rs.getLong(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) - count(DISTINCT (thread_id, comment_id)) FROM comments")) {
                rs.next();
                out.add("duplicate comments " + rs.getLong(1));
            }
        }
        return out;
    }

    @Test
    void killedMidRunTheSameCommandFinishesTheJobAsIfNothingHappened() throws Exception {
        Path killed = dir.resolve("killed.duckdb");
        Process p = annotate(killed).start();
        assertEquals(KILL_AFTER, ThreadLensRun.awaitThreadsPrinted(p, KILL_AFTER),
                "the child printed too few threads: " + Files.readString(dir.resolve("killed.duckdb.err")));

        CliTest.Outcome writer = secondProcess("annotate", "--db", killed.toString(), "--annotators", "sentences", "-q",
                input.toString());
        assertEquals(1, writer.exit(), writer.err());
        assertTrue(writer.err().contains("another process (PID " + p.pid() + ") is using this store"), writer.err());
        assertFalse(writer.err().contains("\tat "), writer.err());
        // a reader is let in between the writer's commits, and sees the run going on
        CliTest.Outcome reader = secondProcess("stats", "--db", killed.toString());
        assertEquals(0, reader.exit(), reader.err());
        try (CorpusStore store = CorpusStore.openExisting(killed)) {
            assertEquals(RunStatus.RUNNING, store.runs().get(0).status());
        }

        p.destroyForcibly();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
        long storedWhenKilled;
        try (CorpusStore store = CorpusStore.openExisting(killed)) {
            storedWhenKilled = store.threadCount();
            assertEquals(RunStatus.INTERRUPTED, store.runs().get(0).status());
        }
        assertTrue(storedWhenKilled >= KILL_AFTER && storedWhenKilled < THREADS,
                "killed mid-run: " + storedWhenKilled + " of " + THREADS + " threads stored");

        String rerun = annotateToTheEnd(killed);
        assertTrue(rerun.contains("already done, skipped: " + storedWhenKilled + " threads"), rerun);
        Path clean = dir.resolve("clean.duckdb");
        annotateToTheEnd(clean);

        Map<String, AnnotatedThread> resumed = records(killed);
        Map<String, AnnotatedThread> uninterrupted = records(clean);
        assertEquals(THREADS, uninterrupted.size());
        assertEquals(uninterrupted.keySet(), resumed.keySet());
        for (String id : uninterrupted.keySet()) {
            assertEquals(uninterrupted.get(id), resumed.get(id), "thread " + id);
        }
        assertEquals(tableCounts(clean), tableCounts(killed));
        assertTrue(tableCounts(killed).contains("duplicate comments 0"));

        try (CorpusStore store = CorpusStore.openExisting(killed)) {
            List<RunInfo> runs = store.runs();
            assertEquals(2, runs.size());
            RunInfo first = runs.get(0);
            RunInfo second = runs.get(1);
            assertEquals(RunStatus.INTERRUPTED, first.status());
            assertEquals(RunStatus.COMPLETED, second.status());
            assertEquals(storedWhenKilled, first.counts().threadsAnnotated());
            assertEquals(storedWhenKilled, second.counts().threadsSkipped());
            assertEquals(THREADS - storedWhenKilled, second.counts().threadsAnnotated());
            assertEquals(THREADS, first.threadsStored() + second.threadsStored(), "every thread annotated by one run");
        }
    }
}
