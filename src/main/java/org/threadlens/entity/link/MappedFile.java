package org.threadlens.entity.link;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * A file memory-mapped as chunks of 2^{@code chunkBits} bytes (1 GiB by default), so files over 2 GB map too.
 * Positions are longs. A long, int or float at a position that is a multiple of its size never straddles two
 * chunks (chunks are a multiple of 16 bytes); byte runs may, and {@link #get} joins them.
 *
 * <p>Read-only instances are thread-safe: every read is an absolute get, which changes no buffer state. A writable
 * instance belongs to one thread. Mappings are released by the garbage collector, not by {@link #close}.
 */
final class MappedFile {
    static final int DEFAULT_CHUNK_BITS = 30;

    private final MappedByteBuffer[] chunks;
    private final int chunkBits;
    private final long chunkMask;
    private final long size;

    private MappedFile(MappedByteBuffer[] chunks, int chunkBits, long size) {
        this.chunks = chunks;
        this.chunkBits = chunkBits;
        this.chunkMask = (1L << chunkBits) - 1;
        this.size = size;
    }

    /** Maps an existing file read-only. */
    static MappedFile readOnly(Path file, int chunkBits) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return map(channel, FileChannel.MapMode.READ_ONLY, channel.size(), chunkBits);
        }
    }

    /** Creates (or truncates) a file of {@code size} zero bytes and maps it for writing. */
    static MappedFile create(Path file, long size, int chunkBits) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            return map(channel, FileChannel.MapMode.READ_WRITE, size, chunkBits);
        }
    }

    private static MappedFile map(FileChannel channel, FileChannel.MapMode mode, long size, int chunkBits)
            throws IOException {
        if (chunkBits < 4 || chunkBits > 30) {
            throw new IllegalArgumentException("chunk bits " + chunkBits + " not in [4, 30]");
        }
        long chunk = 1L << chunkBits;
        MappedByteBuffer[] chunks = new MappedByteBuffer[(int) ((size + chunk - 1) >>> chunkBits)];
        for (int i = 0; i < chunks.length; i++) {
            long from = (long) i << chunkBits;
            chunks[i] = channel.map(mode, from, Math.min(chunk, size - from));
        }
        return new MappedFile(chunks, chunkBits, size);
    }

    long size() {
        return size;
    }

    long getLong(long position) {
        return chunks[(int) (position >>> chunkBits)].getLong((int) (position & chunkMask));
    }

    int getInt(long position) {
        return chunks[(int) (position >>> chunkBits)].getInt((int) (position & chunkMask));
    }

    float getFloat(long position) {
        return chunks[(int) (position >>> chunkBits)].getFloat((int) (position & chunkMask));
    }

    /** Copies {@code length} bytes from {@code position} into {@code into[0, length)}, across chunks if need be. */
    void get(long position, byte[] into, int length) {
        int done = 0;
        while (done < length) {
            long at = position + done;
            ByteBuffer chunk = chunks[(int) (at >>> chunkBits)];
            int offset = (int) (at & chunkMask);
            int n = Math.min(length - done, chunk.limit() - offset);
            chunk.get(offset, into, done, n);
            done += n;
        }
    }

    void putLong(long position, long value) {
        chunks[(int) (position >>> chunkBits)].putLong((int) (position & chunkMask), value);
    }

    void putInt(long position, int value) {
        chunks[(int) (position >>> chunkBits)].putInt((int) (position & chunkMask), value);
    }

    void putFloat(long position, float value) {
        chunks[(int) (position >>> chunkBits)].putFloat((int) (position & chunkMask), value);
    }

    /** The CRC32C of the whole file: reads every page (about 0.5–1 s per GB in the page cache, disk speed if not). */
    long crc32c() {
        CRC32C crc = new CRC32C();
        for (MappedByteBuffer chunk : chunks) {
            crc.update(chunk.duplicate().clear());
        }
        return crc.getValue();
    }

    /** Writes a writable mapping's changes to the file. */
    void force() {
        for (MappedByteBuffer chunk : chunks) {
            chunk.force();
        }
    }
}
