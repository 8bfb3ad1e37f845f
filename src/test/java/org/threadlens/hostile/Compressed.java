package org.threadlens.hostile;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/** Compressed content, whole, cut or damaged, as real dumps arrive. */
public enum Compressed {
    GZIP("gz"), BZIP2("bz2"), ZSTD("zst"), XZ("xz");

    private final String extension;

    Compressed(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    @FunctionalInterface
    private interface Wrap {
        OutputStream wrap(OutputStream out) throws IOException;
    }

    public byte[] compress(byte[] content) {
        return switch (this) {
            case GZIP -> through(out -> new GZIPOutputStream(out), content);
            case BZIP2 -> through(BZip2CompressorOutputStream::new, content);
            case ZSTD -> {
                // the zstd tool's defaults: a checksum in each frame
                byte[] z = through(out -> new ZstdOutputStream(out, 3).setChecksum(true), content);
                yield z;
            }
            case XZ -> through(out -> new XZOutputStream(out, new LZMA2Options()), content);
        };
    }

    /** Several zstd frames one after the other, as {@code cat a.zst b.zst} or multi-threaded zstd writes them. */
    public static byte[] zstdFrames(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(Zstd.compress(p, 3));
        }
        return out.toByteArray();
    }

    /** The first {@code fraction} of the bytes, as a download or copy cut short leaves them. */
    public static byte[] cut(byte[] bytes, double fraction) {
        return Arrays.copyOf(bytes, (int) (bytes.length * fraction));
    }

    /** The bytes with {@code length} of them, from the middle on, inverted: damage a checksum should catch. */
    public static byte[] damaged(byte[] bytes, int length) {
        byte[] d = bytes.clone();
        for (int i = d.length / 2; i < Math.min(d.length, d.length / 2 + length); i++) {
            d[i] = (byte) ~d[i];
        }
        return d;
    }

    private static byte[] through(Wrap wrap, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = wrap.wrap(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
