package org.threadlens.store;

import com.github.luben.zstd.Zstd;
import java.nio.charset.StandardCharsets;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.ThreadRecordWriter;

/**
 * The {@code threads.record} column: the thread's threadlens/1 record as zstd-compressed JSON, without its
 * summary (kept in {@code threads.summary}, computed again on reading) and, as the writer is configured,
 * without its tokens (kept in {@code tokens}). It exists so that export gives back exactly the record that
 * was stored; the other tables are for queries. Compressed because it repeats what the tables hold
 * (measured: the plain JSON made every commit several times slower; see README "The store").
 */
final class RecordBlob {
    /** zstd's default level: fast, and JSON shrinks about tenfold. */
    private static final int LEVEL = 3;

    private RecordBlob() {
    }

    static byte[] pack(ThreadRecordWriter json, AnnotatedThread r) {
        AnnotatedThread withoutSummary = new AnnotatedThread(r.thread(), r.title(), r.comments(), null, r.provenance());
        return Zstd.compress(json.toJson(withoutSummary).getBytes(StandardCharsets.UTF_8), LEVEL);
    }

    static String unpack(byte[] blob) {
        long size = Zstd.getFrameContentSize(blob);
        if (size < 0 || size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("not a zstd frame with a known size");
        }
        return new String(Zstd.decompress(blob, (int) size), StandardCharsets.UTF_8);
    }
}
