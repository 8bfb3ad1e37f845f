package org.threadlens.trends.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.ThreadRecordWriter;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.RunInfo;
import org.threadlens.store.RunStatus;
import org.threadlens.thread.Comment;

/** A small synthetic corpus stored and read back with SQL, as a user of the store would. */
class SyntheticStoreWriterTest {
    @TempDir
    Path dir;

    @Test
    void theStoreHoldsThePlannedScoresExactlyAndTheThreadsEntities() throws Exception {
        SyntheticCorpus corpus = new SyntheticCorpus(SyntheticSpec.defaults(5, 3000));
        Path db = dir.resolve("synth.duckdb");
        List<Long> progress = new ArrayList<>();
        SyntheticStoreWriter.Written w;
        try (CorpusStore store = CorpusStore.open(db)) {
            w = new SyntheticStoreWriter(store, 2).write(corpus, "threadlens synth --comments 3000", (t, c) -> progress.add(c));
            List<RunInfo> runs = store.runs();
            assertEquals(1, runs.size());
            assertEquals(RunStatus.COMPLETED, runs.get(0).status());
            assertEquals("threadlens synth --comments 3000", runs.get(0).command());
        }
        assertEquals(new SyntheticStoreWriter.Written(corpus.threads(), 3000, w.runId()), w);
        assertEquals(3000L, progress.get(progress.size() - 1));

        Map<String, Double> planned = new HashMap<>();
        double sum = 0;
        for (AnnotatedThread r : corpus.stream().toList()) {
            for (Comment c : r.thread().comments()) {
                double s = r.annotationsOf(c).sentiment().score();
                planned.put(c.id(), s);
                sum += s;
            }
        }
        Map<String, Double> stored = scores(db);
        assertEquals(planned.keySet(), stored.keySet());
        planned.forEach((id, s) -> assertEquals(s, stored.get(id), 1e-9, id));
        assertEquals(sum / 3000, Double.parseDouble(one(db, "SELECT avg(sentiment_score) FROM comments")), 1e-9);
        assertEquals(Integer.toString(corpus.threads()), one(db, "SELECT count(*) FROM threads"));
        assertTrue(Integer.parseInt(one(db, "SELECT count(*) FROM thread_entities WHERE sentiment_score IS NOT NULL")) > 100);
        assertEquals("Tesla,_Inc.", one(db, "SELECT link FROM thread_entities WHERE name = 'Tesla' LIMIT 1"));
        assertEquals("synthetic", one(db, "SELECT DISTINCT engine FROM threads"));
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            ThreadRecordWriter json = new ThreadRecordWriter(false);
            AnnotatedThread first = corpus.thread(0);
            assertEquals(json.toJson(first), json.toJson(store.get("reddit", first.thread().id()).orElseThrow()),
                    "a stored record reads back as generated");
        }
    }

    private static Map<String, Double> scores(Path db) throws SQLException {
        Map<String, Double> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT comment_id, sentiment_score FROM comments")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getDouble(2));
            }
        }
        return out;
    }

    private static String one(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
