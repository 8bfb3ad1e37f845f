package org.threadlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.cli.CliTest.assertFails;
import static org.threadlens.cli.CliTest.run;
import static org.threadlens.thread.Comments.post;
import static org.threadlens.thread.Comments.reply;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.record.Records;
import org.threadlens.store.CorpusStore;
import org.threadlens.thread.Comments;

/** {@code threadlens report}: exit statuses, messages, and what is written when. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private Path db;
    private Path out;

    @BeforeEach
    void storeTwoThreads() throws Exception {
        db = dir.resolve("t.duckdb");
        out = dir.resolve("report.html");
        try (CorpusStore store = CorpusStore.open(db)) {
            store.put(Records.annotate(Comments.thread("aaa", post("aaa", "A great launch."), reply("r1", "aaa", "A waste."))));
            store.put(Records.annotate(Comments.thread("bbb", post("bbb", "Another thread."))));
        }
    }

    @Test
    void writesThePageOfEveryThread() throws Exception {
        CliTest.Outcome o = run("report", "--db", db.toString(), "--out", out.toString());
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.err().contains("reported 2 threads from " + db), o.err());
        String page = Files.readString(out);
        assertTrue(page.startsWith("<!DOCTYPE html>"), page);
        assertTrue(page.contains("<b>2 threads</b>, <b>3 texts</b>"), page);
        assertTrue(page.endsWith("</html>\n"));
    }

    @Test
    void threadSelectsThreads() throws Exception {
        assertEquals(0, run("report", "--db", db.toString(), "--out", out.toString(), "--thread", "bbb").exit());
        String page = Files.readString(out);
        assertTrue(page.contains("<b>1 thread</b>"), page);
        assertTrue(page.contains("data-id=\"bbb\"") && !page.contains("data-id=\"aaa\""), page);
    }

    @Test
    void anUnknownThreadIsAUsageErrorAndWritesNothing() {
        assertFails(run("report", "--db", db.toString(), "--out", out.toString(), "--thread", "aaa", "--thread", "zzz"), 2,
                "no thread zzz in this store");
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingStoreIsAUsageError() {
        assertFails(run("report", "--db", dir.resolve("none.duckdb").toString(), "--out", out.toString()), 2,
                "none.duckdb: no such store");
        assertFalse(Files.exists(out));
    }

    @Test
    void anExistingPageIsKeptUnlessForced() throws Exception {
        Files.writeString(out, "precious");
        assertFails(run("report", "--db", db.toString(), "--out", out.toString()), 2, "already exists: use --force");
        assertEquals("precious", Files.readString(out));
        assertEquals(0, run("report", "--db", db.toString(), "--out", out.toString(), "--force").exit());
        assertTrue(Files.readString(out).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void limitsMustBePositive() {
        assertFails(run("report", "--db", db.toString(), "--out", out.toString(), "--max-comments", "0"), 2,
                "--max-threads and --max-comments must be at least 1");
    }

    @Test
    void aMissingOutIsAUsageError() {
        assertEquals(2, run("report", "--db", db.toString()).exit());
    }
}
