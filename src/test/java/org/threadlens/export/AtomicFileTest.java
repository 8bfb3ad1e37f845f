package org.threadlens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file appears whole or not at all, and what a killed writer left beside it is cleaned up by the next. */
class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void theTargetAppearsOnlyOnCommit() throws Exception {
        Path out = dir.resolve("out.jsonl");
        try (AtomicFile f = AtomicFile.create(out, false)) {
            f.writer().write("{}\n");
            f.writer().flush();
            assertFalse(Files.exists(out));
            f.commit();
        }
        assertEquals("{}\n", Files.readString(out));
        assertEquals(List.of("out.jsonl"), names());
    }

    @Test
    void aPartLeftByADeadWriterIsRemovedAndALiveWritersIsKept() throws Exception {
        Path out = dir.resolve("out.jsonl");
        Path dead = Files.writeString(dir.resolve(".out.jsonl." + deadPid() + "-abc.part"), "half a line");
        Path live = Files.writeString(dir.resolve(".out.jsonl." + ProcessHandle.current().pid() + "-def.part"), "in progress");
        Path other = Files.writeString(dir.resolve(".other.jsonl." + deadPid() + "-abc.part"), "another target's");
        try (AtomicFile f = AtomicFile.create(out, false)) {
            f.commit();
        }
        assertFalse(Files.exists(dead));
        assertTrue(Files.exists(live));
        assertTrue(Files.exists(other));
    }

    /** The id of a process that has ended (a child run to its end). */
    static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
