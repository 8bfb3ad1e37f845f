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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Records;
import org.threadlens.record.ThreadRecordWriter;

/** A store of an earlier schema is moved into the current one by the first program that opens it. */
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

    /** What schema 5 added: each token's syntax. */
    private static final String DROP_VERSION_5 = "ALTER TABLE tokens DROP COLUMN deprel; ALTER TABLE tokens DROP COLUMN head; "
            + "ALTER TABLE tokens DROP COLUMN feats; ALTER TABLE tokens DROP COLUMN upos; ";

    /** What schemas 4 and 5 added: the trend views and macros, the mentions' sentiment, the tokens' syntax. */
    private static final String DROP_VERSION_4 = DROP_VERSION_5 + "DROP VIEW entity_changes; DROP VIEW entity_trends; "
            + "DROP VIEW mention_periods; DROP VIEW mood_trends; DROP VIEW thread_periods; DROP VIEW text_periods; "
            + "DROP VIEW text_times; DROP MACRO too_few; DROP MACRO cluster_half_width; DROP MACRO t975; "
            + "ALTER TABLE entities DROP COLUMN sentiment_score; ALTER TABLE entities DROP COLUMN sentiment_label; ";

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

    /** The tables and columns of a database, in order: what makes two stores of the same schema. */
    private static String columns(Path db) throws Exception {
        return new StoreSql(db).one("SELECT string_agg(table_name || '.' || column_name || ' ' || data_type, ', ' "
                + "ORDER BY table_name, column_index) FROM duckdb_columns() WHERE schema_name = 'main'");
    }

    /**
     * A schema-2 store holding {@code records}: stored by this version, then taken back to schema 2 (the columns,
     * table and views that version 3 added dropped, the views of schema-v2.sql, the DDL of ThreadLens 0.1.0, restored).
     */
    private Path versionTwoStore(AnnotatedThread... records) throws Exception {
        Path db = dir.resolve("v2.duckdb");
        try (CorpusStore store = CorpusStore.open(db)) {
            for (AnnotatedThread r : records) {
                store.put(r);
            }
        }
        String v2;
        try (var in = SchemaMigrationTest.class.getResourceAsStream("schema-v2.sql")) {
            v2 = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        StoreSql sql = new StoreSql(db);
        sql.execute(DROP_VERSION_4 + "DROP VIEW corpus_entities; DROP VIEW entity_sentiment; DROP TABLE thread_entities; "
                + "ALTER TABLE entities DROP COLUMN ambiguous; ALTER TABLE entities DROP COLUMN link; "
                + "ALTER TABLE entities DROP COLUMN entity_name; " + v2
                + "; UPDATE store_meta SET value = '2' WHERE key = 'schema_version'");
        Path fresh = dir.resolve("fresh-v2.duckdb");
        new StoreSql(fresh).execute(v2);
        assertEquals(columns(fresh), columns(db), "the fixture has schema 2's tables, columns and views");
        return db;
    }

    @Test
    void readingAVersionTwoStoreMigratesItInPlaceWithNullsForWhatItNeverHad() throws Exception {
        AnnotatedThread a = CorpusStoreTest.rich("a");
        Path db = versionTwoStore(a);
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            List<AnnotatedThread> read = new ArrayList<>();
            store.forEach(read::add);
            assertEquals(List.of(a), read);
            assertEquals(List.of(), store.runs(), "no migration run: no thread was rewritten");
            assertEquals("Alice", store.stats().entities().get(0).name());
        }
        StoreSql sql = new StoreSql(db);
        assertEquals(StoreSchema.VERSION + "", sql.one("SELECT value FROM store_meta WHERE key = 'schema_version'"));
        assertEquals("4 0 0", sql.one("SELECT count(*) || ' ' || count(entity_name) || ' ' || count(link) FROM entities"),
                "Alice, Bob, Alice quoted, Carol: none resolved");
        assertEquals("0", sql.one("SELECT count(link) FROM entity_sentiment"));
        assertEquals(a.summary().entities().stream().map(e -> e.name() + " " + e.mentions() + " " + e.quotedMentions() + " "
                        + e.commentIds().size() + " " + (e.sentiment() == null ? "-" : e.sentiment().label().wireName()))
                        .toList().toString(),
                sql.one("SELECT list(name || ' ' || mentions || ' ' || quoted_mentions || ' ' || comments || ' ' "
                        + "|| coalesce(sentiment_label, '-') ORDER BY entity)::VARCHAR FROM thread_entities"),
                "thread_entities filled from the summaries, in their order");
        Path current = dir.resolve("current.duckdb");
        CorpusStore.open(current).close();
        assertEquals(columns(current), columns(db), "the same tables, columns and views as a new store");
        AnnotatedThread resolved = Records.annotateResolved(CorpusStoreTest.rich("b").thread(),
                Map.of("Carol", new Records.Resolution("Carol Danvers", "Carol_Danvers", List.of())));
        try (CorpusStore store = CorpusStore.open(db)) {
            store.put(resolved);
        }
        assertEquals("Carol_Danvers", sql.one("SELECT link FROM entities WHERE link IS NOT NULL"));
    }

    @Test
    void readingAVersionThreeStoreComputesEachMentionsSentimentFromTheRecords() throws Exception {
        AnnotatedThread a = CorpusStoreTest.rich("a");
        Path db = dir.resolve("v3.duckdb");
        try (CorpusStore store = CorpusStore.open(db)) {
            store.put(a);
        }
        StoreSql sql = new StoreSql(db);
        String written = sql.one("SELECT list(coalesce(comment_id, '-') || ' ' || entity || ' ' || quoted || ' ' "
                + "|| coalesce(sentiment_label, '-') || ' ' || coalesce(round(sentiment_score, 9)::VARCHAR, '-') "
                + "ORDER BY comment_id NULLS FIRST, entity)::VARCHAR FROM entities");
        sql.execute(DROP_VERSION_4 + "UPDATE store_meta SET value = '3' WHERE key = 'schema_version'");
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            List<AnnotatedThread> read = new ArrayList<>();
            store.forEach(read::add);
            assertEquals(List.of(a), read);
        }
        assertEquals(StoreSchema.VERSION + "", sql.one("SELECT value FROM store_meta WHERE key = 'schema_version'"));
        assertEquals(written, sql.one("SELECT list(coalesce(comment_id, '-') || ' ' || entity || ' ' || quoted || ' ' "
                + "|| coalesce(sentiment_label, '-') || ' ' || coalesce(round(sentiment_score, 9)::VARCHAR, '-') "
                + "ORDER BY comment_id NULLS FIRST, entity)::VARCHAR FROM entities"), "the same as a store written now");
        assertEquals("1 0", sql.one("SELECT (count(sentiment_score) FILTER (WHERE NOT quoted) > 0)::INTEGER || ' ' "
                + "|| count(sentiment_score) FILTER (WHERE quoted) FROM entities"), "unquoted mentions only");
        Path current = dir.resolve("current.duckdb");
        CorpusStore.open(current).close();
        assertEquals(columns(current), columns(db), "the same tables, columns and views as a new store");
    }

    @Test
    void readingAVersionFourStoreGivesItsTokensNullSyntaxAndLaterThreadsKeepTheirs() throws Exception {
        AnnotatedThread a = CorpusStoreTest.rich("a");
        Path db = dir.resolve("v4.duckdb");
        try (CorpusStore store = CorpusStore.open(db)) {
            store.put(a);
        }
        StoreSql sql = new StoreSql(db);
        String tokens = sql.one("SELECT count(*) FROM tokens");
        sql.execute(DROP_VERSION_5 + "UPDATE store_meta SET value = '4' WHERE key = 'schema_version'");
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            List<AnnotatedThread> read = new ArrayList<>();
            store.forEach(read::add);
            assertEquals(List.of(a), read);
            assertEquals(List.of(), store.runs(), "no migration run: no thread was rewritten");
        }
        assertEquals(StoreSchema.VERSION + "", sql.one("SELECT value FROM store_meta WHERE key = 'schema_version'"));
        assertEquals(tokens + " 0", sql.one("SELECT count(*) || ' ' || (count(upos) + count(feats) + count(head) "
                + "+ count(deprel)) FROM tokens"), "every token kept, none with syntax");
        Path current = dir.resolve("current.duckdb");
        CorpusStore.open(current).close();
        assertEquals(columns(current), columns(db), "the same tables, columns and views as a new store");
        AnnotatedThread parsed = Records.withSyntax(CorpusStoreTest.rich("b"));
        try (CorpusStore store = CorpusStore.open(db)) {
            store.put(parsed);
        }
        try (CorpusStore store = CorpusStore.openExisting(db)) {
            List<AnnotatedThread> read = new ArrayList<>();
            store.forEach(read::add);
            assertEquals(List.of(a, parsed), read, "the thread stored since keeps its syntax");
        }
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
        assertEquals(StoreSchema.VERSION + "", sql.one("SELECT value FROM store_meta WHERE key = 'schema_version'"));
        assertEquals("8", sql.one("SELECT count(*) FROM comments"));
        assertEquals("0", sql.one("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'threads_v1'"));
        try (CorpusStore store = CorpusStore.open(db)) {
            StoredThread s = store.stored("reddit", "a").orElseThrow();
            assertNull(s.settingsHash(), "settings unknown: the next annotate does the thread again");
            assertEquals(ThreadFingerprint.of(a.thread()), s.contentHash());
        }
    }
}
