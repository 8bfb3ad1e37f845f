package org.threadlens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.RecordFormatException;
import org.threadlens.record.ThreadRecordParser;

/**
 * Moves a store of an earlier schema into the current one ({@value StoreSchema#VERSION}), in one transaction: a
 * crash on the way leaves the file as it was.
 *
 * <p>Schema 1 (one {@code threads} table of whole records): the current tables are created and the threads written
 * into them, keeping their records and order; they are recorded as stored by a run of status {@code migrated}, with
 * unknown annotation settings, so that the next {@code annotate} of the same input annotates them again rather than
 * trusting settings it cannot see.
 *
 * <p>Schemas 2 to 4 are moved in place ({@link #inPlace}) through the step of every later version, in order (a file
 * of version 2 takes the steps to 3, 4 and 5). Each step adds its columns at the end of their table, where the
 * current DDL has them, NULL on every row already there; then the current DDL runs (the tables a step added, every
 * view created again); then the steps fill what they compute from the rows kept. No other row is rewritten.
 * <ul>
 * <li>To 3 (the resolution of entity mentions): {@code entities} gains {@code entity_name}, {@code link} and
 *     {@code ambiguous}, NULL (those mentions were never resolved: their records say so too);
 *     {@code thread_entities} is filled from the summaries' JSON (links NULL: none was linked). Measured, 7 s per
 *     200,000 threads of three entities on a busy two-core machine, the time of reading the summaries' JSON once.
 * <li>To 4 (what a mention says of its entity): {@code entities} gains {@code sentiment_label} and
 *     {@code sentiment_score}, computed for every unquoted mention from the stored records
 *     ({@link MentionSentimentFill}); the trend views.
 * <li>To 5 (the syntax layer): {@code tokens} gains {@code upos}, {@code feats}, {@code head} and {@code deprel},
 *     NULL (those tokens were never parsed).
 * </ul>
 */
final class SchemaMigration {
    private static final int PAGE = 200;
    /** The summaries' entities as rows of {@code thread_entities}: what schema 2's {@code entity_sentiment} read. */
    private static final String THREAD_ENTITIES_FROM_SUMMARIES = """
            INSERT INTO thread_entities
            SELECT t.thread_key, CAST(u.i - 1 AS INTEGER), e->>'$.name', e->>'$.type', e->>'$.link',
                   CAST(e->>'$.mentions' AS INTEGER), CAST(e->>'$.quotedMentions' AS INTEGER),
                   CAST(json_array_length(e, '$.comments') AS INTEGER), e->>'$.sentiment.label',
                   CAST(e->>'$.sentiment.score' AS DOUBLE)
            FROM threads t, unnest(CAST(t.summary->'$.entities' AS JSON[])) WITH ORDINALITY AS u(e, i)""";

    private SchemaMigration() {
    }

    /** Schema {@code version} (2 to 4) to the current one, in place: see the class comment. */
    static void inPlace(Connection c, String file, int version) throws SQLException, StoreException {
        if (version < 2 || version >= StoreSchema.VERSION) {
            throw new IllegalArgumentException("schema version " + version + " is not migrated in place");
        }
        inOneTransaction(c, () -> {
            try (Statement s = c.createStatement()) {
                if (version < 3) {
                    s.execute("ALTER TABLE entities ADD COLUMN entity_name VARCHAR");
                    s.execute("ALTER TABLE entities ADD COLUMN link VARCHAR");
                    s.execute("ALTER TABLE entities ADD COLUMN ambiguous VARCHAR[]");
                }
                if (version < 4) {
                    s.execute("ALTER TABLE entities ADD COLUMN sentiment_label VARCHAR");
                    s.execute("ALTER TABLE entities ADD COLUMN sentiment_score DOUBLE");
                }
                if (version < 5) {
                    s.execute("ALTER TABLE tokens ADD COLUMN upos VARCHAR");
                    s.execute("ALTER TABLE tokens ADD COLUMN feats VARCHAR");
                    s.execute("ALTER TABLE tokens ADD COLUMN head INTEGER");
                    s.execute("ALTER TABLE tokens ADD COLUMN deprel VARCHAR");
                }
                s.execute(StoreSchema.ddl());
                if (version < 3) {
                    s.execute(THREAD_ENTITIES_FROM_SUMMARIES);
                }
            }
            if (version < 4) {
                MentionSentimentFill.fill(c, file);
            }
        });
    }

    private interface Step {
        void run() throws SQLException, StoreException;
    }

    /** Runs {@code step} and records the current version in one transaction: a crash leaves the file as it was. */
    private static void inOneTransaction(Connection c, Step step) throws SQLException, StoreException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            step.run();
            s.execute("UPDATE store_meta SET value = '" + StoreSchema.VERSION + "' WHERE key = 'schema_version'");
            c.commit();
        } catch (SQLException | StoreException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * Not through {@link #inOneTransaction}: the commit must come before the thread tables close, since closing
     * them rolls back what they hold uncommitted.
     */
    static void fromVersion1(Connection c, String file) throws SQLException, StoreException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE threads RENAME TO threads_v1");
            s.execute(StoreSchema.ddl());
            int runId = RunLog.startMigration(c);
            long threads = 0;
            long comments = 0;
            try (ThreadTables tables = new ThreadTables(c, AppenderRows::new)) {
                for (List<AnnotatedThread> page = page(c, file, 0); !page.isEmpty(); page = page(c, file, threads)) {
                    for (AnnotatedThread r : page) {
                        tables.write(r, new ThreadStamp(runId, ThreadFingerprint.of(r.thread()), null));
                        tables.flush();
                        threads++;
                        comments += r.thread().comments().size();
                    }
                }
                RunLog.finish(c, runId, RunStatus.MIGRATED,
                        new RunCounts(threads, 0, threads, comments, comments, 0, 0, 0), "migrated from schema version 1");
                s.execute("DROP TABLE threads_v1");
                s.execute("DROP SEQUENCE IF EXISTS thread_seq");
                s.execute("UPDATE store_meta SET value = '" + StoreSchema.VERSION + "' WHERE key = 'schema_version'");
                c.commit();
            }
        } catch (SQLException | StoreException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static List<AnnotatedThread> page(Connection c, String file, long offset) throws SQLException, StoreException {
        ThreadRecordParser parser = new ThreadRecordParser();
        List<AnnotatedThread> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, record FROM threads_v1 ORDER BY seq LIMIT ? OFFSET ?")) {
            s.setInt(1, PAGE);
            s.setLong(2, offset);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    try {
                        out.add(parser.parse(rs.getString(2)));
                    } catch (RecordFormatException e) {
                        throw new StoreException(file + ": migrating from schema version 1: stored thread "
                                + rs.getString(1) + " is unreadable: " + e.getMessage(), e);
                    }
                }
            }
        }
        return out;
    }
}
