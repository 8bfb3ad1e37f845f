package org.threadlens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.export.ExportFixtures.tree;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicDirectoryTest {
    @TempDir
    Path dir;

    private void writeExport(Path target, boolean force, String content) throws Exception {
        try (AtomicDirectory d = AtomicDirectory.create(target, force)) {
            d.newWriter("a.csv").write(content);
            d.newWriter(AtomicDirectory.MARKER).write("{}");
            assertFalse(Files.exists(target) && Files.exists(target.resolve("a.csv"))
                    && Files.readString(target.resolve("a.csv")).equals(content), "nothing is published before commit");
            d.commit();
        }
    }

    @Test
    void theDirectoryAppearsWholeOnCommit() throws Exception {
        Path out = dir.resolve("out");
        writeExport(out, false, "x\n");
        assertEquals(List.of("out", "out/a.csv", "out/provenance.json"), tree(dir), "no staging directory is left beside it");
        assertEquals("x\n", Files.readString(out.resolve("a.csv")));
    }

    @Test
    void theStagingDirectoryOfAKilledExportIsRemovedByTheNext() throws Exception {
        Path out = dir.resolve("out");
        Path leftover = Files.createDirectories(dir.resolve(".out." + AtomicFileTest.deadPid() + "-abc.part"));
        Files.writeString(leftover.resolve("comments.csv"), "id\nhalf");
        writeExport(out, false, "x\n");
        assertFalse(Files.exists(leftover));
        assertTrue(Files.isDirectory(out));
    }

    @Test
    void closingWithoutCommitLeavesNothing() throws Exception {
        Path out = dir.resolve("out");
        try (AtomicDirectory d = AtomicDirectory.create(out, false)) {
            d.newWriter("a.csv").write("half");
        }
        assertEquals(List.of(), tree(dir));
    }

    @Test
    void anEarlierExportIsReplacedOnlyWithForce() throws Exception {
        Path out = dir.resolve("out");
        writeExport(out, false, "old\n");
        assertThrows(TargetExistsException.class, () -> AtomicDirectory.create(out, false));
        writeExport(out, true, "new\n");
        assertEquals("new\n", Files.readString(out.resolve("a.csv")));
        assertEquals(List.of("out", "out/a.csv", "out/provenance.json"), tree(dir), "the old export is deleted");
    }

    @Test
    void aDirectoryThatHoldsNoExportIsNeverReplacedEvenWithForce() throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        Files.writeString(home.resolve("thesis.tex"), "years of work");
        BadTargetException e = assertThrows(BadTargetException.class, () -> AtomicDirectory.create(home, true));
        assertTrue(e.getMessage().contains("holds no earlier export"), e.getMessage());
        assertEquals("years of work", Files.readString(home.resolve("thesis.tex")));
    }

    @Test
    void anEmptyDirectoryIsReplacedWithForce() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        writeExport(out, true, "x\n");
        assertEquals(List.of("a.csv", "provenance.json"), tree(out));
    }

    @Test
    void aFileOrALinkOrAMissingParentIsABadTarget() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "f");
        assertThrows(BadTargetException.class, () -> AtomicDirectory.create(file, true));
        Path link = Files.createSymbolicLink(dir.resolve("link"), Files.createDirectory(dir.resolve("real")));
        assertThrows(BadTargetException.class, () -> AtomicDirectory.create(link, true));
        assertThrows(BadTargetException.class, () -> AtomicDirectory.create(dir.resolve("no/such/out"), false));
    }

    @Test
    void dotsInTheTargetAreResolvedBeforeAnythingIsWritten() throws Exception {
        Path out = dir.resolve("out");
        writeExport(out, false, "x\n");
        assertThrows(TargetExistsException.class, () -> AtomicDirectory.create(out.resolve("."), false));
        writeExport(out.resolve("."), true, "again\n");
        writeExport(dir.resolve("sub/../other"), false, "y\n");
        assertEquals(List.of("other", "other/a.csv", "other/provenance.json", "out", "out/a.csv", "out/provenance.json"),
                tree(dir));
        assertEquals("again\n", Files.readString(out.resolve("a.csv")));
    }

    @Test
    void filesInsideHaveTheFormatsPlainNamesNeverPaths() throws Exception {
        try (AtomicDirectory d = AtomicDirectory.create(dir.resolve("out"), false)) {
            for (String bad : List.of("../escape.csv", "/etc/passwd", "a/b.csv", ".hidden", "", "..")) {
                assertThrows(IllegalArgumentException.class, () -> d.file(bad), bad);
            }
            Writer w = d.newWriter("entity_sentiment.csv");
            w.write("ok");
        }
        assertEquals(List.of(), tree(dir));
    }
}
