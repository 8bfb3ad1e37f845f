package org.threadlens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.thread.Comments.post;
import static org.threadlens.thread.Comments.reply;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Records;
import org.threadlens.thread.Comments;

class CorpusStoreTest {
    @TempDir
    Path dir;

    private static List<AnnotatedThread> all(CorpusStore store) throws Exception {
        List<AnnotatedThread> out = new ArrayList<>();
        store.forEach(out::add);
        return out;
    }

    @Test
    void storedThreadsReadBackEqualAndInStoringOrder() throws Exception {
        AnnotatedThread a = Records.annotate(Comments.thread("b1", post("b1", "Hello Bob."), reply("c", "b1", "Hi Ann.")));
        AnnotatedThread b = Records.annotate(Comments.thread("a1", post("a1", "Second thread.")));
        try (CorpusStore store = CorpusStore.open(dir.resolve("s.duckdb"))) {
            store.put(a);
            store.put(b);
        }
        try (CorpusStore store = CorpusStore.openExisting(dir.resolve("s.duckdb"))) {
            assertEquals(List.of(a, b), all(store));
        }
    }

    @Test
    void storingAThreadAgainReplacesIt() throws Exception {
        try (CorpusStore store = CorpusStore.open(dir.resolve("s.duckdb"))) {
            store.put(Records.annotate(Comments.thread("t", post("t", "First version."))));
            AnnotatedThread second = Records.annotate(Comments.thread("t", post("t", "Second version.")));
            store.put(second);
            assertEquals(1, store.threadCount());
            assertEquals(List.of(second), all(store));
        }
    }

    @Test
    void aMissingStoreIsNamed() {
        StoreException e = assertThrows(StoreException.class, () -> CorpusStore.openExisting(dir.resolve("none.duckdb")));
        assertTrue(e.getMessage().contains("none.duckdb"), e.getMessage());
    }

    @Test
    void aStoreInAMissingDirectoryIsExplained() {
        StoreException e = assertThrows(StoreException.class, () -> CorpusStore.open(dir.resolve("no/such/dir/s.duckdb")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }
}
