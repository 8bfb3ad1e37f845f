package org.threadlens.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.threadlens.annotate.EngineInfo;
import org.threadlens.annotate.Layer;
import org.threadlens.record.AnnotatedThread;

/**
 * The corpus store in a DuckDB file (schema: {@code schema-v2.sql} beside this class, documented in the
 * README). Lifecycle: {@link #open} (to write) or {@link #openExisting} (to read) → {@link #put},
 * {@link #forEach}, ... → {@link #close}.
 *
 * <p>Each {@link #put} is one transaction ({@link #write}s followed by a {@link #commit} share one): a thread
 * is stored whole or not at all, even if the process is killed. DuckDB lets one process at a time open a file to write, and none to read while it does; the
 * second process gets a {@link StoreException} saying so. Not thread-safe: one thread per store (the run's
 * writer).
 */
public final class CorpusStore implements AutoCloseable {
    /** The file {@code annotate} writes when no {@code --db} is given. */
    public static final String DEFAULT_FILE = "threadlens.duckdb";
    /**
     * How much write-ahead log a writer lets grow before DuckDB checkpoints it into the file. DuckDB's 16 MB
     * made the file 17-40% larger (each checkpoint rewrites the tables' last row groups and frees the old
     * blocks); the cost is a longer replay when a killed writer's file is next opened (measured in the README).
     */
    static final String CHECKPOINT_THRESHOLD = "256MB";

    private final String file;
    private final Connection connection;
    private final boolean writable;
    private final ThreadTables tables;
    private final StoredRecords records;
    /** Threads written and not committed, by platform and id: their rows wait in the appenders until the commit. */
    private final Map<String, AnnotatedThread> uncommitted = new HashMap<>();
    private final Map<String, StoredThread> uncommittedStamps = new HashMap<>();

    private CorpusStore(String file, Connection connection, boolean writable, ThreadTables.RowsFactory rows) {
        this.file = file;
        this.connection = connection;
        this.writable = writable;
        this.tables = new ThreadTables(connection, rows);
        this.records = new StoredRecords(connection, file);
    }

    /**
     * Opens the store in {@code path} to write, creating it if needed and migrating a schema-1 file. Runs left
     * {@code running} by a process that died are marked interrupted.
     *
     * @throws StoreException if the file cannot be opened, is not a ThreadLens store (or a newer one), or
     *                        another process is using it
     */
    public static CorpusStore open(Path path) throws StoreException {
        return open(path, AppenderRows::new);
    }

    /** {@link #open(Path)} writing rows through {@code rows} (tests simulate failures with it). */
    static CorpusStore open(Path path, ThreadTables.RowsFactory rows) throws StoreException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new StoreException(path + ": cannot create the store: directory " + parent + " does not exist", null);
        }
        Connection c = connect(path, false);
        try {
            int version = StoreSchema.versionOf(c);
            refuseUnusable(version, path);
            if (version == StoreSchema.EMPTY) {
                StoreSchema.create(c);
            } else if (version == 1) {
                SchemaMigration.fromVersion1(c, path.toString());
            }
            RunLog.markInterrupted(c);
            try (Statement s = c.createStatement()) {
                s.execute("SET checkpoint_threshold = '" + CHECKPOINT_THRESHOLD + "'");
            }
            return new CorpusStore(path.toString(), c, true, rows);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException(path + ": " + explain(e), e);
        } catch (StoreException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Opens a store that must already exist, to read (export, stats, report). Several processes may read a
     * file at once, but none while one writes it. A schema-1 file is migrated first, which needs write
     * access once.
     */
    public static CorpusStore openExisting(Path path) throws StoreException {
        if (!Files.isRegularFile(path)) {
            throw new StoreException(path + ": no such store (run 'threadlens annotate' first, or name it with --db)", null);
        }
        Connection c = connect(path, true);
        try {
            int version = StoreSchema.versionOf(c);
            if (version == StoreSchema.EMPTY) {
                version = StoreSchema.FOREIGN;
            }
            refuseUnusable(version, path);
            if (version == 1) {
                c.close();
                open(path).close();
                c = connect(path, true);
            }
            return new CorpusStore(path.toString(), c, false, AppenderRows::new);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException(path + ": " + explain(e), e);
        } catch (StoreException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    public String file() {
        return file;
    }

    /** Stores a thread without a run (its settings unknown), replacing any earlier version. */
    public void put(AnnotatedThread record) throws StoreException {
        put(record, new ThreadStamp(null, ThreadFingerprint.of(record.thread()), null));
    }

    /**
     * Stores a thread in one transaction, replacing any earlier version with the same platform and id (its
     * rows in every table), with the stamp that lets later runs skip it.
     */
    public void put(AnnotatedThread record, ThreadStamp stamp) throws StoreException {
        write(record, stamp);
        commit();
    }

    /**
     * Writes a thread into the open transaction (opening one if none is), to be stored by {@link #commit()}
     * together with the threads written before it: each thread whole, or none of them. Reads through this
     * store see it at once. If the write fails, the transaction is rolled back, and the threads written since
     * the last commit are not stored either.
     */
    public void write(AnnotatedThread record, ThreadStamp stamp) throws StoreException {
        requireWritable();
        try {
            if (uncommitted.isEmpty()) {
                connection.setAutoCommit(false);
            }
            tables.write(record, stamp);
            String key = key(record.thread().platform(), record.thread().id());
            uncommitted.put(key, record);
            uncommittedStamps.put(key, new StoredThread(stamp.contentHash(), stamp.settingsHash(),
                    layers(ThreadTables.layerNames(record.provenance().layers())), stamp.runId()));
        } catch (SQLException | RuntimeException e) {
            throw failed("storing thread " + record.thread().id() + " failed: ", e);
        }
    }

    /** Stores the threads written since the last commit, in one transaction. */
    public void commit() throws StoreException {
        if (uncommitted.isEmpty()) {
            return;
        }
        try {
            tables.flush();
            connection.commit();
            connection.setAutoCommit(true);
            uncommitted.clear();
            uncommittedStamps.clear();
        } catch (SQLException | RuntimeException e) {
            throw failed("committing failed: ", e);
        }
    }

    /** Threads written and not yet committed. */
    public int uncommitted() {
        return uncommitted.size();
    }

    /** Rolls back what is uncommitted and says so. */
    private StoreException failed(String what, Exception e) {
        int lost = uncommitted.size();
        uncommitted.clear();
        uncommittedStamps.clear();
        tables.discard();
        autoCommitQuietly();
        String others = lost > 0 ? " (nor were the " + lost + " thread" + (lost == 1 ? "" : "s") + " written before it)" : "";
        return new StoreException(file + ": " + what + (e instanceof SQLException s ? explain(s) : e.toString()) + others, e);
    }

    /** What is stored of a thread (written, if not yet committed), if it is. */
    public Optional<StoredThread> stored(String platform, String id) throws StoreException {
        StoredThread pending = uncommittedStamps.get(key(platform, id));
        if (pending != null) {
            return Optional.of(pending);
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT content_hash, settings_hash, layers, run_id "
                + "FROM threads WHERE platform = ? AND thread_id = ?")) {
            s.setString(1, platform);
            s.setString(2, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredThread(rs.getString(1), rs.getString(2),
                        layers(RunHistory.strings(rs.getArray(3))), (Integer) rs.getObject(4, Integer.class)));
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": " + explain(e), e);
        }
    }

    /** A stored (or written, not yet committed) thread's record, as it was stored. */
    public Optional<AnnotatedThread> get(String platform, String id) throws StoreException {
        AnnotatedThread pending = uncommitted.get(key(platform, id));
        if (pending != null) {
            return Optional.of(pending);
        }
        try {
            return records.get(platform, id);
        } catch (SQLException e) {
            throw new StoreException(file + ": " + explain(e), e);
        }
    }

    /** Receives stored threads one at a time. */
    @FunctionalInterface
    public interface RecordConsumer {
        void accept(AnnotatedThread record) throws Exception;
    }

    /**
     * Streams every stored thread, in the order stored (a thread stored again moves to the end), to
     * {@code consumer}, equal to the record that was stored.
     */
    public void forEach(RecordConsumer consumer) throws Exception {
        records.forEach(consumer);
    }

    public long threadCount() throws StoreException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM threads")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException(file + ": " + explain(e), e);
        }
    }

    /** Records the start of a run (status running) with its provenance; returns its id. */
    public int startRun(RunStart start) throws StoreException {
        requireWritable();
        try {
            return RunLog.start(connection, start);
        } catch (SQLException e) {
            throw new StoreException(file + ": recording the run failed: " + explain(e), e);
        }
    }

    /** Records an engine a run opened, with every setting, and the models it uses. */
    public void recordEngine(int runId, Set<Layer> layers, EngineInfo engine, List<RunStart.Model> models)
            throws StoreException {
        requireWritable();
        try {
            RunLog.engine(connection, runId, layers, engine, models);
        } catch (SQLException e) {
            throw new StoreException(file + ": recording the run's engine failed: " + explain(e), e);
        }
    }

    /** Records a run's counts; with a status other than running, its end too. */
    public void updateRun(int runId, RunStatus status, RunCounts counts, String message) throws StoreException {
        requireWritable();
        try {
            RunLog.finish(connection, runId, status, counts, message);
        } catch (SQLException e) {
            throw new StoreException(file + ": recording the run failed: " + explain(e), e);
        }
    }

    /** Every run, oldest first. */
    public List<RunInfo> runs() throws StoreException {
        try {
            return RunHistory.list(connection, !writable);
        } catch (SQLException e) {
            throw new StoreException(file + ": " + explain(e), e);
        }
    }

    public StoreStats stats() throws StoreException {
        try {
            return StoreStats.query(connection, !writable);
        } catch (SQLException e) {
            throw new StoreException(file + ": " + explain(e), e);
        }
    }

    /** The SHA-256 of a file, remembered by path, size and modification time (see {@link FileDigests}). */
    public String sha256(Path path) throws IOException, StoreException {
        try {
            return FileDigests.sha256(connection, path, writable);
        } catch (SQLException e) {
            throw new StoreException(file + ": " + explain(e), e);
        }
    }

    @Override
    public void close() throws StoreException {
        try {
            tables.close();
            connection.setAutoCommit(true);
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(file + ": closing failed: " + explain(e), e);
        }
    }

    private static String key(String platform, String id) {
        return platform + '\u0000' + id;
    }

    private static Set<Layer> layers(List<String> names) {
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        for (String name : names) {
            layers.add(Layer.fromWireName(name));
        }
        return layers;
    }

    private static Connection connect(Path path, boolean readOnly) throws StoreException {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath(), p);
        } catch (SQLException e) {
            throw new StoreException(path + ": " + explain(e), e);
        }
    }

    private static void refuseUnusable(int version, Path path) throws StoreException {
        String refusal = StoreSchema.refusal(version, path.toString());
        if (refusal != null) {
            throw new StoreException(refusal, null);
        }
    }

    private void requireWritable() throws StoreException {
        if (!writable) {
            throw new StoreException(file + ": opened to read; open it with CorpusStore.open to write", null);
        }
    }

    /** DuckDB's message, with the common cases said plainly. */
    static String explain(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
            var pid = java.util.regex.Pattern.compile("PID (\\d+)").matcher(m);
            return "another process" + (pid.find() ? " (PID " + pid.group(1) + ")" : "") + " is using this store: "
                    + "DuckDB lets one process write a file, and none read it meanwhile; wait for it to finish or use "
                    + "another --db";
        }
        if (m.contains("not a valid DuckDB database file")) {
            return "not a DuckDB database: name another --db";
        }
        return m.replaceFirst("^IO Error: ", "");
    }

    private void autoCommitQuietly() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the failure being reported matters more
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
        }
    }
}
