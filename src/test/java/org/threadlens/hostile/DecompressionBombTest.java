package org.threadlens.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decompression bombs, read by a child JVM with a 128 MB heap: half a gigabyte of one byte in a file of a
 * few hundred kilobytes, as one endless line and as endless empty lines. Reading streams (never holds a line
 * past the 32 MB limit), so the run ends with the line skipped and named, within a minute, without running
 * out of memory ({@code -XX:+ExitOnOutOfMemoryError} would exit 3).
 */
class DecompressionBombTest {
    private static final long BOMB_BYTES = 512L * 1024 * 1024;

    @TempDir
    Path dir;

    private static void fill(OutputStream out, byte b, long bytes) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, b);
        for (long left = bytes; left > 0; left -= chunk.length) {
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }

    private Outcome readInSmallHeap(Path bomb) throws Exception {
        Outcome o = ThreadLensRun.childJvm(dir, "128m", Duration.ofSeconds(90),
                List.of("read", "--format", "pushshift", "--out", dir.resolve("out.jsonl").toString(), "--force", bomb.toString()));
        assertTrue(Files.size(bomb) < BOMB_BYTES / 500, "a bomb: " + Files.size(bomb) + " bytes");
        return o.assertHandled().assertWithin(60_000);
    }

    @Test
    void oneEndlessLineOfGzipIsSkippedNamedInBoundedMemory() throws Exception {
        Path bomb = dir.resolve("line.ndjson.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
            fill(out, (byte) 'a', BOMB_BYTES);
        }
        Outcome o = readInSmallHeap(bomb);
        assertEquals(0, o.exit(), o.toString());
        assertEquals(List.of("skipped: " + bomb + ":1: line longer than 33554432 bytes: skipped"), o.skipped(), o.toString());
    }

    @Test
    void endlessEmptyLinesOfZstdEndInBoundedMemory() throws Exception {
        Path bomb = dir.resolve("lines.ndjson.zst");
        try (OutputStream out = new ZstdOutputStream(Files.newOutputStream(bomb), 19)) {
            fill(out, (byte) '\n', BOMB_BYTES);
        }
        Outcome o = readInSmallHeap(bomb);
        assertEquals(0, o.exit(), o.toString());
        assertTrue(o.err().contains("read 0 threads"), o.toString());
    }
}
