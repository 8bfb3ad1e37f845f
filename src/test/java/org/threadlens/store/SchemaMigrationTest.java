package org.threadlens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.ThreadRecordWriter;

/** A store of schema 1 (whole records in one table) is moved into schema 2 by the first program that opens it. */
class SchemaMigrationTest {
    /** Schema 1 as ThreadLens 0.1.0 before issue 6 created it. */
    private static final String VERSION_1 = """
            CREATE TABLE store_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
            CREATE SEQUENCE thread_seq START 1;
            CREATE TABLE threads (platform VARCHAR NOT NULL, id VARCHAR NOT NULL,
                seq BIGINT NOT NULL DEFAULT nextval('thread_seq'), community VARCHAR, title VARCHAR, created_utc BIGINT,
                comments INTEGER NOT NULL, layers VARCHAR NOT NULL, stored_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
                record VARCHAR NOT NULL, PRIMARY KEY (platform, id));
            INSERT INTO store_meta VALUES ('schema_version', '1');
            """;

    @TempDir
    Path dir;

    private Path versionOneStore(AnnotatedThread... records) throws Exception {
        Path db = dir.resolve("v1.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute(VERSION_1);
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO threads (platform, id, community, title, created_utc, "
                    + "comments, layers, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (AnnotatedThread r : records) {
                    ins.setString(1, r.thread().platform());
                    ins.setString(2, r.thread().id());
                    ins.setString(3, r.thread().community());
                    ins.setString(4, r.thread().title());
                    ins.setObject(5, r.thread().createdUtc());
                    ins.setInt(6, r.thread().comments().size());
                    ins.setString(7, r.provenance().layers());
                    ins.setString(8, new ThreadRecordWriter(true).toJson(r));
                    ins.executeUpdate();
                }
            }
        }
        return db;
    }

    @Test
    void readingAVersionOneStoreMigratesItAndGivesBackTheSameRecords() throws Exception {
        AnnotatedThread b = CorpusStoreTest.rich("b");
        AnnotatedThread a = CorpusStoreTest.rich("a");
        Path db = versionOneStore(b, a);
        List<AnnotatedThread> read = new ArrayList<>();
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            store.forEach(read::add);
            RunInfo migration = store.runs().get(0);
            assertEquals(RunStatus.MIGRATED, migration.status());
            assertEquals(2, migration.counts().threadsAnnotated());
            assertEquals(2, migration.threadsStored());
        }
        assertEquals(List.of(b, a), read, "records and their order kept");
        StoreSql sql = new StoreSql(db);
        assertEquals("2", sql.one("SELECT value FROM store_meta WHERE key = 'schema_version'"));
        assertEquals("8", sql.one("SELECT count(*) FROM comments"));
        assertEquals("0", sql.one("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'threads_v1'"));
        try (CorpusStore store = CorpusStore.open(db)) {
            StoredThread s = store.stored("reddit", "a").orElseThrow();
            assertNull(s.settingsHash(), "settings unknown: the next annotate does the thread again");
            assertEquals(ThreadFingerprint.of(a.thread()), s.contentHash());
        }
    }
}
