package org.threadlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.cli.CliTest.assertFails;
import static org.threadlens.cli.CliTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.StoreStats;

/** {@code threadlens synth}: a synthetic corpus in a new store, and what it refuses. */
class SynthCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheCommentsAskedForAndSaysWhatWasPlanted() throws Exception {
        Path db = dir.resolve("s.duckdb");
        CliTest.Outcome o = run("synth", "--db", db.toString(), "--comments", "500", "--seed", "3", "--weeks", "6",
                "--communities", "a,b");
        assertEquals(0, o.exit(), o.err());
        assertTrue(o.err().matches("(?s)wrote 500 comments in \\d+ threads \\(2 communities, 6 weeks from 2026-01-05; "
                + "mood shift: a from week 3, \\+0\\.10 -> -0\\.20; entity turn: Tesla from week 5, \\+0\\.30 -> -0\\.30\\) to "
                + "\\Q" + db + "\\E in [\\d.]+ s\\n"), o.err());
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            StoreStats s = store.stats();
            assertEquals(500, s.comments());
            assertEquals("threadlens synth --db " + db + " --comments 500 --seed 3 --weeks 6 --communities a,b",
                    store.runs().get(0).command());
        }
    }

    @Test
    void anExistingStoreIsKeptUnlessForced() throws Exception {
        Path db = dir.resolve("s.duckdb");
        Files.writeString(db, "precious");
        assertFails(run("synth", "--db", db.toString(), "--comments", "10"), 2, db + " already exists: use --force to replace it");
        assertEquals("precious", Files.readString(db));
        assertEquals(0, run("synth", "--db", db.toString(), "--comments", "10", "--force").exit());
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            assertEquals(10, store.stats().comments());
        }
    }

    @Test
    void impossibleSpecsAreUsageErrors() {
        Path db = dir.resolve("s.duckdb");
        assertFails(run("synth", "--db", db.toString(), "--comments", "0"), 2, "synth: comments is 0: at least 1 expected");
        assertFails(run("synth", "--db", db.toString(), "--communities", "a,a"), 2, "expected one or more distinct");
        assertTrue(Files.notExists(db));
    }
}
