package org.threadlens.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * A compressed input cut anywhere is an error, never a clean end: also a file of two members (two frames)
 * cut just after the first, where zstd-jni and the JDK's gzip reader used to end silently (regression).
 * The one cut that cannot be told from a whole file is exactly at a member boundary.
 */
class CompressionCutTest {
    /** Text and noise, so that zstd writes several blocks of every kind. */
    private static byte[] content(int seed, int lines) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            b.append("{\"id\": \"").append(i).append("\", \"body\": \"").append(Long.toString(r.nextLong(), 36))
                    .append(" same words again and again\"}\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] compress(Compression c, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = switch (c) {
            case GZIP -> new GZIPOutputStream(bytes);
            case BZIP2 -> new BZip2CompressorOutputStream(bytes);
            case XZ -> new XZOutputStream(bytes, new LZMA2Options());
            case ZSTD -> new ZstdOutputStream(bytes, 3).setChecksum(true);
            case NONE -> bytes;
        }) {
            out.write(content);
        }
        return bytes.toByteArray();
    }

    private static byte[] decompress(Compression c, byte[] compressed) throws IOException {
        try (InputStream in = c.decompress(new BufferedInputStream(new ByteArrayInputStream(compressed)))) {
            return in.readAllBytes();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @ParameterizedTest
    @EnumSource(value = Compression.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void twoMembersCutAnywhereButTheBoundaryAreAnError(Compression c) throws IOException {
        byte[] first = content(1, 3_000);
        byte[] second = content(2, 3_000);
        byte[] m1 = compress(c, first);
        byte[] m2 = compress(c, second);
        byte[] whole = concat(m1, m2);
        assertArrayEquals(concat(first, second), decompress(c, whole));
        assertArrayEquals(first, decompress(c, Arrays.copyOf(whole, m1.length)), "cut at the boundary: the first member");

        TreeSet<Integer> cuts = new TreeSet<>();
        for (int k = 1; k <= Math.min(64, m2.length - 1); k++) {
            cuts.add(m1.length + k);
            cuts.add(whole.length - k);
        }
        Random r = new Random(7);
        for (int i = 0; i < 40; i++) {
            cuts.add(m1.length + 1 + r.nextInt(m2.length - 1));
            cuts.add(1 + r.nextInt(m1.length - 1));
        }
        for (int cut : cuts) {
            byte[] cutBytes = Arrays.copyOf(whole, cut);
            assertThrows(IOException.class, () -> decompress(c, cutBytes), c + " cut at byte " + cut + " of " + whole.length
                    + " (boundary at " + m1.length + ")");
        }
    }

    @Test
    void bytesAfterTheLastGzipMemberAreAnError() throws IOException {
        byte[] gz = compress(Compression.GZIP, content(3, 10));
        assertThrows(IOException.class, () -> decompress(Compression.GZIP, concat(gz, "junk\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void zstdSkippableFramesAreReadPastAndMayNotBeCut() throws IOException {
        byte[] text = content(4, 100);
        byte[] skippable = {0x50, 0x2A, 0x4D, 0x18, 3, 0, 0, 0, 'a', 'b', 'c'};
        byte[] z = compress(Compression.ZSTD, text);
        assertArrayEquals(text, decompress(Compression.ZSTD, concat(z, skippable)));
        assertThrows(IOException.class, () -> decompress(Compression.ZSTD, concat(z, Arrays.copyOf(skippable, 9))));
    }
}
