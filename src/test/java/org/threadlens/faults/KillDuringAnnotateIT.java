package org.threadlens.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.hostile.ThreadLensRun;
import org.threadlens.record.AnnotatedThread;

/**
 * {@code kill -9} at random points (seeded: after a random number of finished threads and a random few
 * milliseconds more) during {@code annotate}, three times in a row, then the same
 * command to its end: in store mode with {@code --out}, the store and the JSONL hold exactly what an
 * uninterrupted run writes; in {@code --out} mode alone, the target name never holds a partial file (the
 * output is written under a temporary name and renamed at the end) and the finished file is exactly the
 * uninterrupted run's.
 */
class KillDuringAnnotateIT {
    private static final int THREADS = 2500;
    private static final int KILLS = 3;

    @TempDir
    static Path dir;
    /** The uninterrupted run every test compares with. */
    static AnnotateChild.Reference reference;

    @BeforeAll
    static void uninterrupted() throws Exception {
        reference = AnnotateChild.Reference.run(dir, THREADS);
        assertEquals(THREADS, reference.records().size());
        assertEquals(THREADS, reference.stored().size());
    }

    /**
     * Starts the command and kills it with SIGKILL at a random point: after a random number (1 to a fifth of the
     * threads, so that three kills in store mode stay inside one run) of threads are finished (stored, and written to the temporary --out file), then a random 0 to
     * 300 ms more, so that the kill falls anywhere: between threads, inside a commit, inside a write.
     * Counting finished threads, not seconds, keeps the point independent of the machine's load.
     */
    private static void killSomewhere(Path log, List<String> args, Random r) throws Exception {
        int after = 1 + r.nextInt(THREADS / 5);
        int extraMillis = r.nextInt(300);
        Process p = ThreadLensRun.child("512m", List.of(), args).redirectError(log.toFile()).start();
        int finished = ThreadLensRun.awaitThreadsPrinted(p, after);
        Thread.sleep(extraMillis);
        p.destroyForcibly();
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        System.out.println("killed after " + finished + " threads finished + " + extraMillis + " ms: exit " + p.exitValue());
        assertEquals(after, finished, "the run ended before the kill: " + Files.readString(log));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
    }

    @Test
    void storeModeWithOutKilledThriceThenRerunLosesAndDuplicatesNothing() throws Exception {
        Path work = Files.createDirectories(dir.resolve("store-mode"));
        Path db = work.resolve("corpus.duckdb");
        Path out = work.resolve("out.jsonl");
        List<String> args = AnnotateChild.talkative(reference.input(), "--db", db.toString(), "--out", out.toString(), "--force");
        Random r = new Random(20261126);
        boolean killedMidRun = false;
        for (int k = 0; k < KILLS; k++) {
            killSomewhere(work.resolve("kill" + k + ".log"), args, r);
            if (Files.exists(out)) {
                assertEquals(reference.records(), AnnotateChild.jsonl(out), "a finished output is whole");
            }
            if (Files.exists(db)) {
                Map<String, AnnotatedThread> partial = AnnotateChild.stored(db);
                partial.forEach((id, t) -> assertEquals(reference.stored().get(id), t, "stored thread " + id));
                System.out.println("kill " + k + ": " + partial.size() + " of " + THREADS + " threads stored");
                killedMidRun |= partial.size() > 0 && partial.size() < THREADS;
                assertTrue(partial.size() < THREADS, "killed before the end");
            }
        }
        assertTrue(killedMidRun, "at least one kill fell while threads were being stored");
        assertEquals(0, AnnotateChild.runToEnd(work.resolve("rerun.log"), List.of(), args), Files.readString(work.resolve("rerun.log")));
        assertEquals(reference.records(), AnnotateChild.jsonl(out));
        assertEquals(reference.stored(), AnnotateChild.stored(db));
        System.out.println("store mode leftovers: " + AnnotateChild.leftovers(work, "corpus.duckdb", "out.jsonl",
                "out.jsonl.provenance.json"));
    }

    @Test
    void outModeKilledThriceNeverLeavesAPartialFileAndTheRerunIsWhole() throws Exception {
        Path work = Files.createDirectories(dir.resolve("out-mode"));
        Path out = work.resolve("out.jsonl");
        List<String> args = AnnotateChild.talkative(reference.input(), "--no-store", "--out", out.toString(), "--force");
        Random r = new Random(1126);
        for (int k = 0; k < KILLS; k++) {
            killSomewhere(work.resolve("kill" + k + ".log"), args, r);
            assertFalse(Files.exists(out) && AnnotateChild.jsonl(out).size() != THREADS, "no partial file at the target name");
        }
        assertEquals(0, AnnotateChild.runToEnd(work.resolve("rerun.log"), List.of(), args), Files.readString(work.resolve("rerun.log")));
        assertEquals(reference.records(), AnnotateChild.jsonl(out));
        List<String> left = AnnotateChild.leftovers(work, "out.jsonl", "rerun.log", "kill0.log", "kill1.log", "kill2.log");
        assertEquals(List.of(), left, "the rerun removed what the killed runs left");
        System.out.println("out mode leftovers: " + left);
    }
}
