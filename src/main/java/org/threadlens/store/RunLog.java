package org.threadlens.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threadlens.BuildInfo;
import org.threadlens.annotate.EngineInfo;
import org.threadlens.annotate.Layer;

/**
 * The {@code runs}, {@code run_inputs}, {@code run_models} and {@code run_engines} tables: written in
 * auto-commit mode (each call on its own), outside the per-thread transactions.
 */
final class RunLog {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    /** A comma-separated parameter as a list of layer names; an empty one as an empty list (not one empty name). */
    private static final String LAYERS = "list_filter(string_split(?, ','), x -> x <> '')";

    private RunLog() {
    }

    static int start(Connection c, RunStart r) throws SQLException {
        int id = nextId(c);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO runs (run_id, status, started_at, command, threadlens, "
                + "corenlp, opennlp, java, engine, layers, settings, settings_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + LAYERS + ", ?, ?)")) {
            s.setInt(1, id);
            s.setString(2, RunStatus.RUNNING.wireName());
            s.setObject(3, utc(r.startedAt()));
            s.setString(4, r.command());
            s.setString(5, r.versions().threadlens());
            s.setString(6, r.versions().corenlp());
            s.setString(7, r.versions().opennlp());
            s.setString(8, r.versions().java());
            s.setString(9, r.engine());
            s.setString(10, Layer.toList(r.layers()));
            s.setString(11, r.settingsJson());
            s.setString(12, r.settingsHash());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO run_inputs VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < r.inputs().size(); i++) {
                RunStart.Input in = r.inputs().get(i);
                s.setInt(1, id);
                s.setInt(2, i);
                s.setString(3, in.path());
                s.setObject(4, in.size(), Types.BIGINT);
                s.setString(5, in.sha256());
                s.executeUpdate();
            }
        }
        return id;
    }

    /** The row of a schema-1 migration (versions are this ThreadLens's; settings unknown). */
    static int startMigration(Connection c) throws SQLException {
        int id = nextId(c);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO runs (run_id, status, started_at, command, threadlens, "
                + "corenlp, opennlp, java, engine, layers, settings) VALUES (?, 'running', ?, 'migrate schema 1 to 2', ?, ?, ?, ?, "
                + "'', [], '{}')")) {
            s.setInt(1, id);
            s.setObject(2, utc(Instant.now()));
            s.setString(3, BuildInfo.threadLensVersion());
            s.setString(4, BuildInfo.coreNlpVersion());
            s.setString(5, BuildInfo.openNlpVersion());
            s.setString(6, System.getProperty("java.version"));
            s.executeUpdate();
        }
        return id;
    }

    /** Records an engine the run opened and the models it uses (those not yet recorded for the run). */
    static void engine(Connection c, int runId, Set<Layer> layers, EngineInfo e, List<RunStart.Model> models)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO run_engines VALUES (?, string_split(?, ','), ?, ?, ?, ?, ?)")) {
            s.setInt(1, runId);
            s.setString(2, Layer.toList(layers));
            s.setString(3, e.engine());
            s.setString(4, e.version());
            s.setString(5, e.annotators());
            s.setString(6, e.configHash());
            s.setString(7, jsonObject(e.settings()));
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO run_models SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM run_models WHERE run_id = ? AND model = ?)")) {
            for (RunStart.Model m : models) {
                s.setInt(1, runId);
                s.setString(2, m.id());
                s.setString(3, m.coordinates());
                s.setString(4, m.sha256());
                s.setString(5, m.checksum());
                s.setString(6, m.usedFor());
                s.setInt(7, runId);
                s.setString(8, m.id());
                s.executeUpdate();
            }
        }
    }

    /**
     * Sets what a run stored once it is known (an import learns it from its records, not from its options).
     *
     * @param settingsHash nullable: null where the run's threads do not share one
     */
    static void describe(Connection c, int runId, Set<Layer> layers, String settingsJson, String settingsHash)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE runs SET layers = " + LAYERS + ", settings = ?, "
                + "settings_hash = ? WHERE run_id = ?")) {
            s.setString(1, Layer.toList(layers));
            s.setString(2, settingsJson);
            s.setString(3, settingsHash);
            s.setInt(4, runId);
            s.executeUpdate();
        }
    }

    /** Records the counts so far (status unchanged), or the end of the run when {@code status} is not running. */
    static void finish(Connection c, int runId, RunStatus status, RunCounts n, String message) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE runs SET status = ?, ended_at = ?, threads_read = ?, "
                + "threads_skipped = ?, threads_annotated = ?, comments_read = ?, comments_annotated = ?, records_skipped = ?, "
                + "inputs_failed = ?, annotation_failures = ?, reannotated = ?, message = ? WHERE run_id = ?")) {
            s.setString(1, status.wireName());
            s.setObject(2, status == RunStatus.RUNNING ? null : utc(Instant.now()), Types.TIMESTAMP);
            s.setLong(3, n.threadsRead());
            s.setLong(4, n.threadsSkipped());
            s.setLong(5, n.threadsAnnotated());
            s.setLong(6, n.commentsRead());
            s.setLong(7, n.commentsAnnotated());
            s.setLong(8, n.recordsSkipped());
            s.setInt(9, n.inputsFailed());
            s.setLong(10, n.annotationFailures());
            s.setString(11, jsonObject(n.reannotated()));
            s.setString(12, message);
            s.setInt(13, runId);
            s.executeUpdate();
        }
    }

    /**
     * Marks every run still {@code running} as interrupted: called by a writer that has just taken the file's
     * lock, so no such run can be alive. Its threads and comments annotated are counted from the threads it
     * stored (each stored whole), its end is the last of them; its other counts are as last reported (threads
     * and comments read raised to at least what it annotated).
     *
     * @return how many runs were marked
     */
    static int markInterrupted(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            int marked = s.executeUpdate("UPDATE runs SET status = 'interrupted', "
                    + "ended_at = (SELECT max(stored_at) FROM threads t WHERE t.run_id = runs.run_id), "
                    + "threads_annotated = (SELECT count(*) FROM threads t WHERE t.run_id = runs.run_id), "
                    + "comments_annotated = (SELECT coalesce(sum(comments), 0) FROM threads t WHERE t.run_id = runs.run_id), "
                    + "message = 'the process ended without finishing the run (killed, crashed or the machine stopped)' "
                    + "WHERE status = 'running'");
            // Reads were last reported up to 5 s before the end: at least what was since annotated was read.
            s.executeUpdate("UPDATE runs SET threads_read = greatest(coalesce(threads_read, 0), "
                    + "threads_annotated + coalesce(threads_skipped, 0)), comments_read = greatest(coalesce(comments_read, 0), "
                    + "comments_annotated) WHERE status = 'interrupted' AND message LIKE 'the process ended%'");
            return marked;
        }
    }

    private static int nextId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT nextval('run_ids')")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    /** A JSON object of string or number values. */
    static String jsonObject(Map<String, ?> values) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, ?> e : values.entrySet()) {
                if (e.getValue() instanceof Long n) {
                    g.writeNumberField(e.getKey(), n);
                } else {
                    g.writeStringField(e.getKey(), String.valueOf(e.getValue()));
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
