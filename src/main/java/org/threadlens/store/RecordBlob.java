package org.threadlens.store;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdException;
import com.github.luben.zstd.ZstdInputStream;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.ThreadRecordWriter;

/**
 * The {@code threads.record} column: the thread's threadlens/1 record as zstd-compressed JSON, without its
 * summary (kept in {@code threads.summary}, computed again on reading) and, as the writer is configured,
 * without its tokens (kept in {@code tokens}). It exists so that export gives back exactly the record that
 * was stored; the other tables are for queries. Compressed because it repeats what the tables hold
 * (measured: the plain JSON made every commit several times slower; see docs/store.md).
 */
final class RecordBlob {
    /** zstd's default level: fast, and JSON shrinks about tenfold. */
    private static final int LEVEL = 3;

    private RecordBlob() {
    }

    /**
     * The record compressed as it is written: the JSON never exists whole in memory (for a thread of 20,000
     * comments it took a few hundred MB with its copies). The frame does not declare its content size.
     */
    static byte[] pack(ThreadRecordWriter json, AnnotatedThread r) {
        AnnotatedThread withoutSummary = new AnnotatedThread(r.thread(), r.title(), r.comments(), null, r.provenance());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (Writer out = new OutputStreamWriter(new ZstdOutputStream(bytes, LEVEL), StandardCharsets.UTF_8)) {
            json.writeTo(withoutSummary, out);
        } catch (IOException e) {
            throw new UncheckedIOException("compressing a record in memory failed", e);
        }
        return bytes.toByteArray();
    }

    /** The JSON of a blob: frames with a declared size (written before streaming) and without. */
    static String unpack(byte[] blob) {
        long size;
        try {
            size = Zstd.getFrameContentSize(blob);
        } catch (ZstdException unknown) {
            size = -1;
        }
        if (size >= 0 && size <= Integer.MAX_VALUE) {
            return new String(Zstd.decompress(blob, (int) size), StandardCharsets.UTF_8);
        }
        try (ZstdInputStream in = new ZstdInputStream(new ByteArrayInputStream(blob))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a zstd frame: " + e.getMessage(), e);
        }
    }
}
