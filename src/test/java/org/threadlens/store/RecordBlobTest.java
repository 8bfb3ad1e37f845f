package org.threadlens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.luben.zstd.Zstd;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.ThreadRecordWriter;

/** A record blob is written streaming (no declared size) and read back exactly; blobs of earlier stores (sized) too. */
class RecordBlobTest {
    private final ThreadRecordWriter json = new ThreadRecordWriter(false);

    @Test
    void aStreamedBlobAndASizedOneBothReadBackExactly() {
        AnnotatedThread r = CorpusStoreTest.rich("a");
        AnnotatedThread withoutSummary = new AnnotatedThread(r.thread(), r.title(), r.comments(), null, r.provenance());
        String expected = json.toJson(withoutSummary);
        assertEquals(expected, RecordBlob.unpack(RecordBlob.pack(json, r)));
        byte[] sized = Zstd.compress(expected.getBytes(StandardCharsets.UTF_8), 3);
        assertEquals(expected, RecordBlob.unpack(sized), "as stores written before streaming hold them");
    }
}
