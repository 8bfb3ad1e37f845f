package org.threadlens.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.RunInfo;
import org.threadlens.store.RunStatus;

/**
 * Nothing already stored is damaged by hostile input: a store holding annotated threads is given cut,
 * corrupt, binary and partly broken inputs by {@code annotate} (the light OpenNLP engine: no CoreNLP models),
 * and afterwards holds every thread it held before, byte for byte the same record, plus what the partly
 * broken input had that was readable; every run is written down with its outcome. The good input given again
 * at the end changes nothing (its threads are already done).
 */
class StoredDataSurvivesTest {
    @TempDir
    Path dir;

    private Outcome annotate(Path db, Path... inputs) {
        List<String> args = new ArrayList<>(List.of("annotate", "--engine", "opennlp", "--threads", "1", "-q", "--format", "pushshift",
                "--db", db.toString()));
        for (Path p : inputs) {
            args.add(p.toString());
        }
        return ThreadLensRun.inProcess(args).assertHandled();
    }

    private static Map<String, AnnotatedThread> stored(Path db) throws Exception {
        Map<String, AnnotatedThread> out = new LinkedHashMap<>();
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            store.forEach(r -> out.put(r.thread().id(), r));
        }
        return out;
    }

    @Test
    void hostileInputsLeaveWhatIsStoredAsItWas() throws Exception {
        FormatWriter w = FormatWriters.PUSHSHIFT;
        Path db = dir.resolve("corpus.duckdb");
        Path good = w.write(dir, "good", HostileInputs.manyThreads(5));
        Outcome first = annotate(db, good);
        assertEquals(0, first.exit(), first.toString());
        Map<String, AnnotatedThread> before = stored(db);
        assertEquals(5, before.size());

        byte[] more = w.bytes(HostileInputs.manyThreads(8).subList(20, 32));
        Path cutZst = w.place(dir, "cut", Compressed.cut(Compressed.ZSTD.compress(more), 0.6));
        Path zst = Files.move(cutZst, cutZst.resolveSibling("cut.ndjson.zst"));
        Path binary = w.place(dir, "binary", HostileInputs.binary(100_000, 3));
        List<byte[]> lines = HostileInputs.lines(more);
        lines.set(2, "{\"id\": \"broken".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path broken = w.place(dir, "broken", BrokenRecordsTest.join(lines));

        for (Path in : List.of(zst, binary, broken, good)) {
            Outcome o = annotate(db, in);
            Map<String, AnnotatedThread> after = stored(db);
            for (String id : before.keySet()) {
                assertEquals(before.get(id), after.get(id), in.getFileName() + ": thread " + id + " as stored before: " + o);
            }
        }
        Map<String, AnnotatedThread> end = stored(db);
        assertTrue(end.keySet().containsAll(List.of("1050", "1060", "1070")), "the readable threads were added: " + end.keySet());
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            List<RunStatus> statuses = store.runs().stream().map(RunInfo::status).toList();
            assertEquals(5, statuses.size(), statuses.toString());
            assertTrue(statuses.stream().noneMatch(s -> s == RunStatus.INTERRUPTED), statuses.toString());
        }
    }
}
