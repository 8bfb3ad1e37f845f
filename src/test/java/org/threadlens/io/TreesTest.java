package org.threadlens.io;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreesTest {
    @TempDir
    Path dir;

    @Test
    void aTreeGoesButNotWhatALinkInsideItPointsTo() throws Exception {
        Path kept = Files.writeString(dir.resolve("kept.txt"), "outside");
        Path tree = Files.createDirectories(dir.resolve("tree/a/b"));
        Files.writeString(tree.resolve("f.txt"), "inside");
        Files.createSymbolicLink(dir.resolve("tree/link"), kept);
        Trees.delete(dir.resolve("tree"));
        assertFalse(Files.exists(dir.resolve("tree")));
        assertTrue(Files.exists(kept));
    }

    @Test
    void nothingToDeleteIsNoError() {
        assertDoesNotThrow(() -> Trees.delete(dir.resolve("absent")));
        assertDoesNotThrow(() -> Trees.deleteQuietly(dir.resolve("absent")));
    }
}
