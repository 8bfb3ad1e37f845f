package org.threadlens.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreadGrouperTest {
    @TempDir
    Path workDir;

    private static FlatComment row(String thread, String id, String parent, String text) {
        return new FlatComment("f.jsonl", 1, thread, id, parent, "a " + id, 1, 1_700_000_000L, text);
    }

    /** Adds rows of three threads interleaved, with info, and returns the groups as "thread: ids | title". */
    private List<String> groups(ThreadGrouper g) throws Exception {
        g.addInfo("t2", new FlatThreadInfo("Second", null, null, null, null));
        g.add(row("t1", "b", "a", "x"));
        g.add(row("t2", "t2", null, "y"));
        g.addInfo("t2", new FlatThreadInfo("Later title loses", "community from later info", null, null, 3));
        g.add(row("t1", "a", null, "z"));
        g.add(row("t3", "c", "t3", "w"));
        g.add(row("t2", "d", "t2", "v"));
        g.addInfo("t9", new FlatThreadInfo("No rows", null, null, null, null));
        List<String> out = new ArrayList<>();
        for (ThreadGrouper.Group gr = g.next(); gr != null; gr = g.next()) {
            out.add(gr.thread() + ": " + String.join(",", gr.comments().stream().map(FlatComment::id).toList()) + " | "
                    + gr.info().title() + " | " + gr.info().community() + " | " + gr.info().declaredCommentCount());
        }
        return out;
    }

    private static final List<String> EXPECTED = List.of(
            "t1: b,a | null | null | null",
            "t2: t2,d | Second | community from later info | 3",
            "t3: c | null | null | null");

    @Test
    void threadsComeInOrderOfTheirFirstRecordAndTheEarliestInfoWins() throws Exception {
        try (ThreadGrouper g = new ThreadGrouper(workDir)) {
            assertEquals(EXPECTED, groups(g));
            assertFalse(g.spilled());
        }
    }

    @Test
    void theDiskSpillGivesTheSameGroups() throws Exception {
        try (ThreadGrouper g = new ThreadGrouper(workDir, 0)) {
            assertEquals(EXPECTED, groups(g));
            assertTrue(g.spilled());
            assertEquals(1, Files.list(workDir).count(), "the spill lives in the work directory");
        }
        assertEquals(0, Files.list(workDir).count(), "and is deleted on close");
    }

    @Test
    void spillingHalfwayKeepsTheOrder() throws Exception {
        // the budget is passed after the fourth record
        long budget = 4 * row("t1", "b", "a", "x").estimatedBytes() + 200;
        try (ThreadGrouper g = new ThreadGrouper(workDir, budget)) {
            assertEquals(EXPECTED, groups(g));
            assertTrue(g.spilled());
        }
    }

    @Test
    void aSpilledRecordComesBackEqual() throws Exception {
        FlatComment full = new FlatComment("in.csv", 42, "t", "i", "p", "ünïcødé 🚀", -7, 0L, "line\n\"quoted\"\ttab");
        FlatComment empty = new FlatComment("other.csv", 0, "t", "j", null, null, null, null, "");
        try (ThreadGrouper g = new ThreadGrouper(workDir, 0)) {
            g.add(full);
            g.add(empty);
            ThreadGrouper.Group group = g.next();
            assertEquals(List.of(full, empty), group.comments());
            assertEquals(FlatThreadInfo.NONE, group.info());
            assertNull(g.next());
        }
    }

    @Test
    void recordsAfterReadingStartedAreMisuse() throws Exception {
        try (ThreadGrouper g = new ThreadGrouper(workDir)) {
            g.next();
            assertThrows(IllegalStateException.class, () -> g.add(row("t", "a", null, "x")));
        }
    }

    @Test
    void idsTheModelWouldRefuseAreRefusedWhenRead() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> row("t", "a b", null, "x"));
        assertEquals("expected the id without whitespace or control characters, found 'a b'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> row("", "a", null, "x"));
        assertEquals("expected the thread id to be non-empty, found none", e.getMessage());
    }
}
