package org.threadlens.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadlens.analyze.EntitySummary;
import org.threadlens.analyze.MentionSentiment;
import org.threadlens.analyze.SentimentSummary;
import org.threadlens.analyze.ThreadSummary;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.EntityMention;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.PolarityDistribution;
import org.threadlens.annotate.Quote;
import org.threadlens.annotate.ScorerSentiment;
import org.threadlens.annotate.Sentence;
import org.threadlens.annotate.Syntax;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.annotate.Token;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.ThreadRecordWriter;
import org.threadlens.thread.Comment;
import org.threadlens.thread.DiscussionThread;

/**
 * Writes a thread into every table of the schema, in the transaction open on the connection (opened with
 * {@link AppenderRows#openTransaction}, so that appender flushes join it): the old version's rows deleted
 * (by its thread key), the new ones appended under a new key ({@link ThreadKeys}). Nothing here commits or
 * rolls back: {@link CorpusStore} does, so that a thread is stored whole or not at all. Not thread-safe.
 */
final class ThreadTables implements AutoCloseable {
    /** The tables holding a thread's rows, {@code threads} last. */
    static final List<String> TABLES = List.of("comments", "sentences", "tokens", "entities", "quotes",
            "sentiment_scores", "thread_entities", "threads");
    /** The scorer name under which a text's combined sentiment is stored in {@code sentiment_scores}. */
    static final String COMBINED = "combined";

    /** Opens the rows of one table. */
    @FunctionalInterface
    interface RowsFactory {
        TableRows open(Connection connection, String table) throws SQLException;
    }

    private Connection connection;
    private final RowsFactory factory;
    private final Map<String, TableRows> rows = new LinkedHashMap<>();
    private final ThreadRecordWriter json;
    private final ThreadKeys keys;

    ThreadTables(Connection connection, RowsFactory factory) {
        this(connection, factory, false);
    }

    /** @param tokensInRecord whether {@code threads.record} keeps the tokens too (only the benchmark says yes) */
    ThreadTables(Connection connection, RowsFactory factory, boolean tokensInRecord) {
        this.connection = connection;
        this.factory = factory;
        this.json = new ThreadRecordWriter(tokensInRecord);
        this.keys = new ThreadKeys(connection);
    }

    /**
     * Stores {@code r} under a new thread key, replacing the thread of the same platform and id. Its rows reach
     * the transaction on {@link #flush()}.
     */
    void write(AnnotatedThread r, ThreadStamp stamp) throws SQLException {
        DiscussionThread t = r.thread();
        Long old = keys.current(t.platform(), t.id());
        long key = keys.next();
        keys.written(t.platform(), t.id());
        if (old != null) {
            delete(old);
        }
        threadRow(key, r, stamp);
        if (r.summary() != null) {
            entityRows(key, r.summary().entities());
        }
        if (r.title() != null) {
            textRows(key, null, r.title());
        }
        for (int i = 0; i < t.comments().size(); i++) {
            Comment c = t.comments().get(i);
            TextAnnotations a = r.annotationsOf(c);
            commentRow(key, t, i, c, a);
            if (a != null) {
                textRows(key, c.id(), a);
            }
        }
    }

    /** Continues on a new connection to the same file, between transactions (see {@link ThreadKeys#rebind}). */
    void rebind(Connection newConnection) {
        close();
        connection = newConnection;
        keys.rebind(newConnection);
    }

    /** Whether the thread may be stored: false means it certainly is not (see {@link ThreadKeys}). */
    boolean mayBeStored(String platform, String id) throws SQLException {
        return keys.mayBeStored(platform, id);
    }

    /** Sends every row written since the last flush into the open transaction: call before committing. */
    void flush() throws SQLException {
        for (TableRows table : rows.values()) {
            table.flush();
        }
    }

    private void delete(long key) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String table : TABLES) {
                s.execute("DELETE FROM " + table + " WHERE thread_key = " + key);
            }
        }
    }

    private TableRows table(String name) throws SQLException {
        TableRows t = rows.get(name);
        if (t == null) {
            t = factory.open(connection, name);
            rows.put(name, t);
        }
        return t;
    }

    private void threadRow(long key, AnnotatedThread r, ThreadStamp stamp) throws SQLException {
        DiscussionThread t = r.thread();
        var engine = r.provenance().engine();
        table("threads").row(key, t.platform(), t.id(), t.community(), t.title(), t.url(), t.createdUtc(),
                t.source().format(), t.source().file(), t.declaredCommentCount(),
                t.unfetched() == null ? null : t.unfetched().stubs(), t.unfetched() == null ? null : t.unfetched().comments(),
                t.flags().stream().map(f -> f.wireName()).sorted().toList(), t.comments().size(),
                layerNames(r.provenance().layers()), engine == null ? null : engine.engine(),
                engine == null ? null : engine.configHash(), stamp.contentHash(), stamp.settingsHash(), stamp.runId(),
                LocalDateTime.now(ZoneOffset.UTC), summaryJson(r), RecordBlob.pack(json, r));
    }

    /** The summary's entities, in its order (most mentioned first). */
    private void entityRows(long key, List<EntitySummary> entities) throws SQLException {
        for (int i = 0; i < entities.size(); i++) {
            EntitySummary e = entities.get(i);
            SentimentSummary s = e.sentiment();
            table("thread_entities").row(key, i, e.name(), e.type(), e.link(), e.mentions(), e.quotedMentions(),
                    e.commentIds().size(), s == null ? null : s.label().wireName(), s == null ? null : s.score());
        }
    }

    private void commentRow(long key, DiscussionThread t, int position, Comment c, TextAnnotations a) throws SQLException {
        CommentSentiment s = a == null ? null : a.sentiment();
        PolarityDistribution d = s == null ? null : s.distribution();
        table("comments").row(key, t.platform(), t.id(), position, c.id(), c.parentId(), c.kind().wireName(), c.depth(),
                c.author(), c.score(), c.createdUtc(), c.text(),
                c.flags().stream().map(f -> f.wireName()).sorted().toList(), a == null ? List.of() : layerNames(a),
                s == null ? null : s.label().wireName(), s == null ? null : s.score(),
                d == null ? null : d.negative(), d == null ? null : d.neutral(), d == null ? null : d.positive(),
                s == null ? null : s.method());
    }

    /** The rows of one text's layers; {@code commentId} null for the title. */
    private void textRows(long key, String commentId, TextAnnotations a) throws SQLException {
        for (int i = 0; i < a.sentences().size(); i++) {
            Sentence s = a.sentences().get(i);
            var ss = s.sentiment();
            table("sentences").row(key, commentId, i, s.begin(), s.end(), s.quoted(),
                    ss == null ? null : ss.label().wireName(), ss == null ? null : (byte) ss.label().value(),
                    ss == null ? null : boxed(ss.distribution().toArray()), ss == null ? null : ss.scorer());
            for (ScorerSentiment score : s.scores().values()) {
                scoreRow(key, commentId, i, score);
            }
        }
        for (int i = 0; i < a.tokens().size(); i++) {
            Token k = a.tokens().get(i);
            Syntax x = k.syntax();
            table("tokens").row(key, commentId, i, k.sentence(), k.begin(), k.end(), k.word(), k.pos(), k.lemma(), k.ner(),
                    x == null ? null : x.upos(), x == null ? null : x.feats(), x == null ? null : x.head(),
                    x == null ? null : x.deprel());
        }
        for (int i = 0; i < a.entities().size(); i++) {
            EntityMention e = a.entities().get(i);
            CommentSentiment said = MentionSentiment.of(e, a);
            table("entities").row(key, commentId, i, e.sentence(), e.begin(), e.end(), e.text(), e.type(), e.quoted(),
                    e.normalized(), e.entity(), e.link(), e.ambiguous().isEmpty() ? null : e.ambiguous(),
                    said == null ? null : said.label().wireName(), said == null ? null : said.score());
        }
        for (int i = 0; i < a.quotes().size(); i++) {
            Quote q = a.quotes().get(i);
            table("quotes").row(key, commentId, i, q.begin(), q.end(), q.sourceId());
        }
        for (ScorerSentiment score : a.scores().values()) {
            scoreRow(key, commentId, null, score);
        }
        CommentSentiment c = a.sentiment();
        if (c != null) {
            PolarityDistribution d = c.distribution();
            table("sentiment_scores").row(key, commentId, null, COMBINED, c.label().wireName(), c.score(),
                    boxed(d.toArray()), d.negative(), d.neutral(), d.positive(), c.method());
        }
    }

    private void scoreRow(long key, String commentId, Integer sentence, ScorerSentiment s) throws SQLException {
        PolarityDistribution p = s.polarity();
        table("sentiment_scores").row(key, commentId, sentence, s.scorer(), s.label().wireName(), s.score(),
                s.distribution(), p.negative(), p.neutral(), p.positive(), null);
    }

    /**
     * The summary without its roll-ups: by author, depth, time and subtree they grow with the comments (80% of
     * the summary's size, measured), and SQL over {@code comments} gives them; export computes them again.
     */
    private String summaryJson(AnnotatedThread r) {
        ThreadSummary s = r.summary();
        return s == null ? null
                : json.summaryToJson(new ThreadSummary(s.sentiment(), s.weighted(), Map.of(), s.dynamics(), s.entities()));
    }

    static List<String> layerNames(TextAnnotations a) {
        return Arrays.stream(Layer.values()).filter(a::has).map(Layer::wireName).toList();
    }

    static List<String> layerNames(String commaList) {
        return commaList.isEmpty() ? List.of() : List.of(commaList.split(","));
    }

    private static List<Double> boxed(double[] values) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    /**
     * Releases the appenders without keeping what they hold: their last flush goes into a transaction that is
     * then rolled back. Used after a failed write, and before the connection closes.
     */
    void discard() {
        try {
            AppenderRows.openTransaction(connection);
            for (TableRows t : rows.values()) {
                try {
                    t.close();
                } catch (SQLException ignored) {
                    // what it held is being thrown away
                }
            }
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken: nothing of this thread was committed
        } finally {
            rows.clear();
            keys.rolledBack();
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            discard();
        }
        keys.close();
    }
}
