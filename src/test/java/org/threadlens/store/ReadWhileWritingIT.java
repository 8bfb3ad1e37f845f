package org.threadlens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.hostile.ThreadLensRun;

/**
 * A store is readable while another process writes it: a child JVM writes a large synthetic corpus (commits of
 * 200 threads), and this process opens the store again and again meanwhile. Every open succeeds, within a
 * commit's time; it sees more threads as the writer goes on, each of them whole (all its comments); the writer
 * ends as it would have alone. No models.
 */
class ReadWhileWritingIT {
    @TempDir
    Path dir;

    @Test
    void readersSeeWholeThreadsCommittedSoFarWhileTheWriterRuns() throws Exception {
        Path db = dir.resolve("s.duckdb");
        Path err = dir.resolve("writer.err");
        Process writer = ThreadLensRun.child("1g", List.of(), List.of("synth", "--db", db.toString(), "--comments",
                "400000", "--seed", "5")).redirectError(err.toFile()).redirectOutput(dir.resolve("writer.out").toFile())
                .start();
        List<Long> seen = new ArrayList<>();
        long slowest = 0;
        try {
            while (writer.isAlive() && !Files.exists(db)) {
                Thread.sleep(50);
            }
            Thread.sleep(1000);
            while (writer.isAlive()) {
                long start = System.nanoTime();
                try (CorpusStore store = CorpusStore.openExisting(db)) {
                    slowest = Math.max(slowest, System.nanoTime() - start);
                    seen.add(store.threadCount());
                    assertEquals(List.of(), store.select("SELECT t.thread_id FROM threads t LEFT JOIN comments c "
                            + "USING (thread_key) GROUP BY t.thread_id, t.comments HAVING count(c.comment_id) <> t.comments",
                            List.of(), rs -> rs.getString(1)), "every thread seen is whole");
                }
                Thread.sleep(300);
            }
            assertTrue(writer.waitFor(5, TimeUnit.MINUTES));
        } finally {
            writer.destroyForcibly();
        }
        assertEquals(0, writer.exitValue(), Files.readString(err));
        assertTrue(seen.size() >= 3, "opened " + seen.size() + " times while the writer ran: " + seen);
        assertTrue(seen.get(seen.size() - 1) > seen.get(0), "more threads as the writer went on: " + seen);
        assertTrue(slowest < TimeUnit.SECONDS.toNanos(10), "the slowest open waited " + slowest / 1e9 + " s");
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            assertEquals(400_000, store.stats().comments(), "the writer stored everything");
        }
        assertFalse(Files.exists(WaitingReaders.folder(db)), "no marker left behind");
        System.out.printf("read while writing: %d opens, slowest %.3f s, threads seen %s%n", seen.size(), slowest / 1e9,
                seen);
    }
}
