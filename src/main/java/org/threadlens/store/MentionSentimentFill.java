package org.threadlens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.threadlens.analyze.MentionSentiment;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.RecordFormatException;
import org.threadlens.record.ThreadRecordParser;

/**
 * Fills {@code entities.sentiment_label} and {@code sentiment_score} of a store migrated from before schema 4: each
 * unquoted mention's {@link MentionSentiment}, computed from the stored records (which hold every sentence's
 * scores). Runs inside the migration's transaction, a page of threads at a time (a result set and an appender
 * never share the connection at once), through a work table dropped at the end.
 */
final class MentionSentimentFill {
    private static final int PAGE = 200;
    private static final String WORK_TABLE = "mention_sentiment_fill";

    private MentionSentimentFill() {
    }

    static void fill(Connection c, String file) throws SQLException, StoreException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + WORK_TABLE
                    + " (thread_key BIGINT, comment_id VARCHAR, entity INTEGER, label VARCHAR, score DOUBLE)");
        }
        ThreadRecordParser parser = new ThreadRecordParser();
        long after = Long.MIN_VALUE;
        for (Map<Long, AnnotatedThread> page = page(c, parser, file, after); !page.isEmpty();
             page = page(c, parser, file, after)) {
            try (AppenderRows rows = new AppenderRows(c, WORK_TABLE)) {
                for (Map.Entry<Long, AnnotatedThread> e : page.entrySet()) {
                    rows(rows, e.getKey(), e.getValue());
                    after = e.getKey();
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE entities e SET sentiment_label = f.label, sentiment_score = f.score FROM " + WORK_TABLE
                    + " f WHERE e.thread_key = f.thread_key AND e.comment_id IS NOT DISTINCT FROM f.comment_id "
                    + "AND e.entity = f.entity");
            s.execute("DROP TABLE " + WORK_TABLE);
        }
    }

    private static void rows(AppenderRows rows, long key, AnnotatedThread r) throws SQLException {
        if (r.title() != null) {
            rows(rows, key, null, r.title());
        }
        for (Map.Entry<String, TextAnnotations> e : r.comments().entrySet()) {
            rows(rows, key, e.getKey(), e.getValue());
        }
    }

    private static void rows(AppenderRows rows, long key, String commentId, TextAnnotations a) throws SQLException {
        for (int i = 0; i < a.entities().size(); i++) {
            CommentSentiment s = MentionSentiment.of(a.entities().get(i), a);
            if (s != null) {
                rows.row(key, commentId, i, s.label().wireName(), s.score());
            }
        }
    }

    private static Map<Long, AnnotatedThread> page(Connection c, ThreadRecordParser parser, String file, long after)
            throws SQLException, StoreException {
        Map<Long, AnnotatedThread> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT thread_key, thread_id, record FROM threads "
                + "WHERE thread_key > ? ORDER BY thread_key LIMIT " + PAGE)) {
            s.setLong(1, after);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    try {
                        out.put(rs.getLong(1), parser.parse(RecordBlob.unpack(rs.getBytes(3))));
                    } catch (RecordFormatException | RuntimeException e) {
                        throw new StoreException(file + ": migrating to schema version " + StoreSchema.VERSION
                                + ": stored thread " + rs.getString(2) + " is unreadable: " + e.getMessage(), e);
                    }
                }
            }
        }
        return out;
    }
}
