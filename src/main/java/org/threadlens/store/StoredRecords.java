package org.threadlens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBConnection;
import org.threadlens.analyze.ThreadSummarizer;
import org.threadlens.analyze.ThreadSummary;
import org.threadlens.annotate.Syntax;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.annotate.Token;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.RecordFormatException;
import org.threadlens.record.ThreadRecordParser;

/**
 * Reads stored threads back as the records that were stored: the {@code record} column ({@link RecordBlob})
 * joined with the thread's rows of {@code tokens}. The summary is computed again once the tokens are back
 * (as the record parser does; it weighs comments by their length in tokens). Not thread-safe.
 */
final class StoredRecords {
    private static final String TOKEN_COLUMNS = "thread_key, comment_id, begin_cp, end_cp, word, pos, lemma, ner, sentence, "
            + "upos, feats, head, deprel";
    private final Connection connection;
    private final String file;
    private final ThreadRecordParser parser = new ThreadRecordParser();

    StoredRecords(Connection connection, String file) {
        this.connection = connection;
        this.file = file;
    }

    /**
     * Every thread {@code filter} keeps, in storing order. Threads and tokens are two sorted scans merged as they
     * go (the tokens on a second connection to the same database, restricted to the threads kept), so memory
     * holds one thread at a time.
     */
    void forEach(ThreadFilter filter, CorpusStore.RecordConsumer consumer) throws Exception {
        forEach(filter, Long.MAX_VALUE, consumer);
    }

    /** As {@link #forEach(ThreadFilter, CorpusStore.RecordConsumer)}, the first {@code limit} threads only. */
    void forEach(ThreadFilter filter, long limit, CorpusStore.RecordConsumer consumer) throws Exception {
        boolean limited = limit < Long.MAX_VALUE;
        String where = filter.where();
        String first = limited ? " ORDER BY thread_key LIMIT " + limit : "";
        String tokenWhere = filter.isAll() && !limited ? ""
                : " WHERE thread_key IN (SELECT thread_key FROM threads" + where + first + ")";
        try (Connection second = connection.unwrap(DuckDBConnection.class).duplicate();
             PreparedStatement ts = second.prepareStatement("SELECT " + TOKEN_COLUMNS + " FROM tokens" + tokenWhere
                     + " ORDER BY thread_key, comment_id NULLS FIRST, token");
             PreparedStatement s = connection.prepareStatement("SELECT thread_key, thread_id, record, "
                     + "summary IS NOT NULL FROM threads" + where + " ORDER BY thread_key" + (limited ? " LIMIT " + limit : ""))) {
            filter.bind(ts, 1);
            filter.bind(s, 1);
            try (ResultSet tokens = ts.executeQuery(); ResultSet rs = s.executeQuery()) {
                TokenCursor cursor = new TokenCursor(tokens);
                while (rs.next()) {
                    long key = rs.getLong(1);
                    AnnotatedThread parsed = parse(rs.getString(2), rs.getBytes(3));
                    consumer.accept(restore(parsed, cursor.take(key), rs.getBoolean(4)));
                }
            }
        }
    }

    Optional<AnnotatedThread> get(String platform, String id) throws SQLException, StoreException {
        long key;
        AnnotatedThread parsed;
        boolean summarized;
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT thread_key, record, summary IS NOT NULL FROM threads WHERE platform = ? AND thread_id = ?")) {
            s.setString(1, platform);
            s.setString(2, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                key = rs.getLong(1);
                parsed = parse(id, rs.getBytes(2));
                summarized = rs.getBoolean(3);
            }
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT " + TOKEN_COLUMNS + " FROM tokens "
                + "WHERE thread_key = ? ORDER BY comment_id NULLS FIRST, token")) {
            s.setLong(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return Optional.of(restore(parsed, new TokenCursor(rs).take(key), summarized));
            }
        }
    }

    private AnnotatedThread parse(String id, byte[] blob) throws StoreException {
        try {
            return parser.parse(RecordBlob.unpack(blob));
        } catch (RecordFormatException | RuntimeException e) {
            throw new StoreException(file + ": stored thread " + id + " is unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * The stored record: the parsed blob with its tokens back ({@code tokens} by comment id, the title's under
     * null) and, if it had one, its summary computed again from the whole annotations.
     */
    static AnnotatedThread restore(AnnotatedThread r, Map<String, List<Token>> tokens, boolean summarized) {
        Map<String, TextAnnotations> comments = new HashMap<>();
        r.comments().forEach((id, a) -> comments.put(id, withTokens(a, tokens.get(id))));
        TextAnnotations title = r.title() == null ? null : withTokens(r.title(), tokens.get(null));
        ThreadSummary summary = summarized && !comments.isEmpty()
                ? ThreadSummarizer.summarize(new ThreadAnnotations(r.thread(), title, comments, List.of())) : null;
        return new AnnotatedThread(r.thread(), title, comments, summary, r.provenance());
    }

    private static TextAnnotations withTokens(TextAnnotations a, List<Token> tokens) {
        return tokens == null ? a : new TextAnnotations(a.layers(), a.sentences(), tokens, a.entities(), a.quotes(),
                a.scores(), a.sentiment(), a.language());
    }

    /** Walks token rows sorted by thread key, handing out one thread's at a time. */
    private static final class TokenCursor {
        private final ResultSet rs;
        private boolean onRow;

        TokenCursor(ResultSet rs) throws SQLException {
            this.rs = rs;
            this.onRow = rs.next();
        }

        /** The tokens of thread {@code key} by comment id (skipping rows of smaller keys). */
        Map<String, List<Token>> take(long key) throws SQLException {
            Map<String, List<Token>> out = new HashMap<>();
            while (onRow && rs.getLong(1) <= key) {
                if (rs.getLong(1) == key) {
                    out.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(token());
                }
                onRow = rs.next();
            }
            return out;
        }

        /** The token of the current row ({@code TOKEN_COLUMNS}); without syntax where {@code deprel} is NULL. */
        private Token token() throws SQLException {
            String deprel = rs.getString(13);
            Syntax syntax = deprel == null ? null : new Syntax(rs.getString(10), rs.getString(11), rs.getInt(12), deprel);
            return new Token(rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7),
                    rs.getString(8), rs.getInt(9), syntax);
        }
    }
}
