package org.threadlens.entity.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chunked mapping, shown with 16-byte chunks: what a file over 2 GB does with 1 GiB chunks. */
class MappedFileTest {
    @TempDir
    Path dir;

    @Test
    void valuesWrittenAcrossManyChunksReadBack() throws Exception {
        Path file = dir.resolve("table.bin");
        MappedFile w = MappedFile.create(file, 16 * 10, 4);
        for (int slot = 0; slot < 10; slot++) {
            w.putLong(slot * 16L, slot * 1_000_000_007L);
            w.putInt(slot * 16L + 8, -slot);
            w.putFloat(slot * 16L + 12, slot / 10f);
        }
        w.force();
        MappedFile r = MappedFile.readOnly(file, 4);
        assertEquals(160, r.size());
        for (int slot = 0; slot < 10; slot++) {
            assertEquals(slot * 1_000_000_007L, r.getLong(slot * 16L));
            assertEquals(-slot, r.getInt(slot * 16L + 8));
            assertEquals(slot / 10f, r.getFloat(slot * 16L + 12));
        }
    }

    @Test
    void byteRunsJoinAcrossChunksAndTheLastChunkMayBeShort() throws Exception {
        byte[] bytes = new byte[70];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        Path file = dir.resolve("titles.bin");
        Files.write(file, bytes);
        MappedFile r = MappedFile.readOnly(file, 4);
        byte[] run = new byte[40];
        r.get(13, run, 40);
        assertArrayEquals(java.util.Arrays.copyOfRange(bytes, 13, 53), run);
        byte[] tail = new byte[6];
        r.get(64, tail, 6);
        assertArrayEquals(java.util.Arrays.copyOfRange(bytes, 64, 70), tail);
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        assertEquals(crc.getValue(), r.crc32c());
    }
}
