package org.threadlens.read;

import com.github.luben.zstd.ZstdInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The compressions inputs may come in, recognised by their magic bytes (never by file name).
 * Concatenated members (gzip, bzip2, xz) and frames (zstd) are read as one stream, as {@code zcat} does.
 *
 * <p>A stream cut anywhere, also just after the end of a member or frame, is an error, never a clean end:
 * gzip goes through commons-compress, not the JDK's {@code GZIPInputStream} (which takes a second member cut
 * in its first bytes, or bytes after the last member, for the end of the file); zstd through
 * {@link ZstdFrames}, which checks that the input ends at a frame boundary (zstd-jni ends cleanly when a
 * file of several frames is cut inside one that is not the first).
 */
public enum Compression {
    NONE(""),
    GZIP("gzip"),
    BZIP2("bzip2"),
    XZ("xz"),
    ZSTD("zstd");

    /** Pushshift and Arctic Shift dumps are compressed with a 2 GiB window ({@code zstd --long=31}). */
    static final int ZSTD_WINDOW_LOG_MAX = 31;
    /** Bytes of the stream's start that {@link #detect} looks at. */
    static final int MAGIC_BYTES = 6;

    private final String label;

    Compression(String label) {
        this.label = label;
    }

    /** How users call it ({@code gzip}, {@code zstd}); empty for none. */
    public String label() {
        return label;
    }

    /** The compression whose magic bytes start {@code head} (which may be shorter than {@link #MAGIC_BYTES}). */
    public static Compression detect(byte[] head, int length) {
        if (starts(head, length, 0x1F, 0x8B)) {
            return GZIP;
        }
        if (starts(head, length, 'B', 'Z', 'h')) {
            return BZIP2;
        }
        if (starts(head, length, 0xFD, '7', 'z', 'X', 'Z', 0x00)) {
            return XZ;
        }
        if (starts(head, length, 0x28, 0xB5, 0x2F, 0xFD)) {
            return ZSTD;
        }
        return NONE;
    }

    /**
     * The decompressed content of {@code raw}, its compression recognised by its first bytes (for streams
     * that are not files, such as a distributed file system's).
     */
    public static InputStream decompressDetected(InputStream raw) throws IOException {
        InputStream in = raw.markSupported() ? raw : new java.io.BufferedInputStream(raw, 1 << 16);
        in.mark(MAGIC_BYTES);
        byte[] head = in.readNBytes(MAGIC_BYTES);
        in.reset();
        return detect(head, head.length).decompress(in);
    }

    /** The decompressed stream over {@code raw}. */
    public InputStream decompress(InputStream raw) throws IOException {
        return switch (this) {
            case NONE -> raw;
            case GZIP -> new GzipCompressorInputStream(raw, true);
            case BZIP2 -> new BZip2CompressorInputStream(raw, true);
            case XZ -> new XZInputStream(raw);
            case ZSTD -> {
                ZstdInputStream z = new ZstdInputStream(new ZstdFrames(raw));
                z.setLongMax(ZSTD_WINDOW_LOG_MAX);
                z.setContinuous(false);
                yield z;
            }
        };
    }

    private static boolean starts(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
