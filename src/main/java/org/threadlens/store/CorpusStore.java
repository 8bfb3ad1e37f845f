package org.threadlens.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threadlens.annotate.EngineInfo;
import org.threadlens.annotate.Layer;
import org.threadlens.record.AnnotatedThread;

/**
 * The corpus store in a DuckDB file (schema: {@code schema-v5.sql} beside this class, documented in the
 * docs/store.md). Lifecycle: {@link #open} (to write) or {@link #openExisting} (to read) → {@link #put},
 * {@link #forEach}, ... → {@link #close}.
 *
 * <p>Each {@link #put} is one transaction (and {@link #write}s followed by a {@link #commit} share one): a
 * thread is stored whole or not at all, even if the process is killed. DuckDB lets one process at a time open
 * a file to write, and none to read while it does; the second process gets a {@link StoreException} naming
 * the first. Not thread-safe: one thread per store (the run's writer).
 */
public final class CorpusStore implements AutoCloseable {
    /** The file {@code annotate} writes when no {@code --db} is given. */
    public static final String DEFAULT_FILE = "threadlens.duckdb";

    private final String file;
    private final Path path;
    /** Replaced when the file is given up to readers and taken back ({@link #commit}). */
    private Connection connection;
    private final boolean writable;
    private final ThreadBatch batch;
    private StoredRecords records;
    private long handOvers;
    private long handOverNanos;
    /** {@link #stored}'s query, prepared once (it is asked for every thread a run reads). Null until then. */
    private PreparedStatement storedQuery;

    private CorpusStore(Path path, Connection connection, boolean writable, ThreadTables.RowsFactory rows) {
        this.path = path;
        this.file = path.toString();
        this.connection = connection;
        this.writable = writable;
        this.batch = new ThreadBatch(file, connection, new ThreadTables(connection, rows));
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
        return new CorpusStore(path, StoreFile.openToWrite(path), true, rows);
    }

    /**
     * Opens a store that must already exist, to read (export, stats, report). Several processes may read a
     * file at once, but none while one writes it. A file of an earlier schema is migrated first, which needs
     * write access once.
     */
    public static CorpusStore openExisting(Path path) throws StoreException {
        return new CorpusStore(path, StoreFile.openToRead(path), false, AppenderRows::new);
    }

    public String file() {
        return file;
    }

    /** Stores a thread without a run (its settings unknown), replacing any earlier version. */
    public void put(AnnotatedThread record) throws StoreException {
        put(record, new ThreadStamp(null, ThreadFingerprint.of(record.thread()), null));
    }

    /**
     * Stores a thread in one transaction (with the threads written and not yet committed, if any), replacing
     * any earlier version with the same platform and id (its rows in every table), with the stamp that lets
     * later runs skip it.
     */
    public void put(AnnotatedThread record, ThreadStamp stamp) throws StoreException {
        write(record, stamp);
        commit();
    }

    /**
     * Writes a thread into the open transaction (opening one if none is), to be stored by {@link #commit()}
     * together with the threads written before it: each thread whole, or none of them. What this store
     * answers sees it at once. If the write fails, the transaction is rolled back, and the threads written
     * since the last commit are not stored either; closing without a commit discards them too.
     */
    public void write(AnnotatedThread record, ThreadStamp stamp) throws StoreException {
        requireWritable();
        batch.write(record, stamp);
    }

    /**
     * Stores the threads written since the last commit, in one transaction. Then, if another process waits to
     * read the file ({@link WaitingReaders}), gives the file up and takes it back once the readers are done: they
     * see every thread committed so far, and this call returns when the file is this store's again.
     */
    public void commit() throws StoreException {
        batch.commit();
        if (writable && WaitingReaders.any(path)) {
            handOver();
        }
    }

    /**
     * Gives the file up to waiting readers now, if any wait and nothing is written uncommitted: for a writer that
     * is idle between commits (waiting for a long thread's annotation), so that readers need not wait for its
     * next commit. Cheap when no one waits (one look for the marker folder).
     */
    public void offerToReaders() throws StoreException {
        if (writable && batch.size() == 0 && WaitingReaders.any(path)) {
            handOver();
        }
    }

    private void handOver() throws StoreException {
        long start = System.nanoTime();
        try {
            batch.rebind(null);
            if (storedQuery != null) {
                storedQuery.close();
                storedQuery = null;
            }
            connection.close();
            long deadline = start + StoreFile.WRITE_PATIENCE_MILLIS * 1_000_000;
            // let every waiting reader in before taking the file back, or a reader could wait for ever
            while (WaitingReaders.any(path) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            connection = StoreFile.reopenToWrite(path);
            batch.rebind(connection);
            records = new StoredRecords(connection, file);
        } catch (SQLException e) {
            throw failure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(file + ": interrupted while readers had the store", e);
        }
        handOvers++;
        handOverNanos += System.nanoTime() - start;
    }

    /** Times this store was given up to readers, and the seconds it was away in all (see {@link #commit}). */
    public long handOvers() {
        return handOvers;
    }

    public double handOverSeconds() {
        return handOverNanos / 1e9;
    }

    /** Threads written and not yet committed. */
    public int uncommitted() {
        return batch.size();
    }

    /** What is stored of a thread (or written, not yet committed), if it is. */
    public Optional<StoredThread> stored(String platform, String id) throws StoreException {
        StoredThread pending = batch.stored(platform, id);
        if (pending != null) {
            return Optional.of(pending);
        }
        try {
            if (!batch.mayBeStored(platform, id)) {
                return Optional.empty();
            }
            if (storedQuery == null) {
                storedQuery = connection.prepareStatement("SELECT content_hash, settings_hash, layers, run_id, config_hash "
                        + "FROM threads WHERE platform = ? AND thread_id = ?");
            }
            PreparedStatement s = storedQuery;
            s.setString(1, platform);
            s.setString(2, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredThread(rs.getString(1), rs.getString(2),
                        ThreadBatch.layers(RunHistory.strings(rs.getArray(3))), (Integer) rs.getObject(4, Integer.class),
                        rs.getString(5)));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** A stored (or written, not yet committed) thread's record, equal to the one stored. */
    public Optional<AnnotatedThread> get(String platform, String id) throws StoreException {
        AnnotatedThread pending = batch.get(platform, id);
        if (pending != null) {
            return Optional.of(pending);
        }
        try {
            return records.get(platform, id);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Makes a value of the current row of a query's result; must not move the cursor. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * The rows of a query over the store's tables and views (docs/store.md, docs/trends.md), each read by
     * {@code reader}: how packages above the store ask the questions users could ask in SQL themselves, with the
     * same SQL. {@code params} bind the query's {@code ?} in order (String, Number, Boolean or
     * {@link java.time.LocalDate}). For queries only: the store is not changed through here.
     */
    public <T> List<T> select(String sql, List<?> params, RowReader<T> reader) throws StoreException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(reader.read(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Receives stored threads one at a time. */
    @FunctionalInterface
    public interface RecordConsumer {
        void accept(AnnotatedThread record) throws Exception;
    }

    /**
     * Streams every stored thread, in the order stored (a thread stored again moves to the end), to
     * {@code consumer}, each equal to the record that was stored.
     */
    public void forEach(RecordConsumer consumer) throws Exception {
        records.forEach(ThreadFilter.ALL, consumer);
    }

    /**
     * Streams the stored threads {@code filter} keeps (selected in SQL: the others are never parsed), in the order
     * stored, to {@code consumer}, each equal to the record that was stored.
     */
    public void forEach(ThreadFilter filter, RecordConsumer consumer) throws Exception {
        records.forEach(filter, consumer);
    }

    /** As {@link #forEach(ThreadFilter, RecordConsumer)}, the first {@code limit} (at least 0) in storing order. */
    public void forEach(ThreadFilter filter, long limit, RecordConsumer consumer) throws Exception {
        if (limit < 0) {
            throw new IllegalArgumentException("limit " + limit + " is negative");
        }
        records.forEach(filter, limit, consumer);
    }

    /** How many stored threads {@code filter} keeps. */
    public long threadCount(ThreadFilter filter) throws StoreException {
        try (PreparedStatement s = connection.prepareStatement("SELECT count(*) FROM threads" + filter.where())) {
            filter.bind(s, 1);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The runs that annotated the stored threads {@code filter} keeps, in ascending order. */
    public List<Integer> runIds(ThreadFilter filter) throws StoreException {
        try (PreparedStatement s = connection.prepareStatement("SELECT DISTINCT run_id FROM threads" + filter.where()
                + (filter.isAll() ? " WHERE" : " AND") + " run_id IS NOT NULL ORDER BY run_id")) {
            filter.bind(s, 1);
            List<Integer> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getInt(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public long threadCount() throws StoreException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM threads")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Records the start of a run (status running) with its provenance; returns its id. */
    public int startRun(RunStart start) throws StoreException {
        requireWritable();
        try {
            return RunLog.start(connection, start);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Records an engine a run opened, with every setting, and the models it uses. */
    public void recordEngine(int runId, Set<Layer> layers, EngineInfo engine, List<RunStart.Model> models)
            throws StoreException {
        requireWritable();
        try {
            RunLog.engine(connection, runId, layers, engine, models);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Records a run's counts; with a status other than running, its end too. */
    public void updateRun(int runId, RunStatus status, RunCounts counts, String message) throws StoreException {
        requireWritable();
        try {
            RunLog.finish(connection, runId, status, counts, message);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Records what a run stored once it is known: its layers and settings ({@code import} learns them from the
     * records it stores). {@code settingsHash} nullable: null where its threads do not share one.
     */
    public void describeRun(int runId, Set<Layer> layers, String settingsJson, String settingsHash) throws StoreException {
        requireWritable();
        try {
            RunLog.describe(connection, runId, layers, settingsJson, settingsHash);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Every run, oldest first. */
    public List<RunInfo> runs() throws StoreException {
        try {
            return RunHistory.list(connection, noWriter());
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public StoreStats stats() throws StoreException {
        try {
            return StoreStats.query(connection, noWriter());
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The SHA-256 of a file, remembered by path, size and modification time (see {@link FileDigests}). */
    public String sha256(Path path) throws IOException, StoreException {
        try {
            return FileDigests.sha256(connection, path, writable);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Closes the file; threads written and not committed are discarded. */
    @Override
    public void close() throws StoreException {
        try {
            batch.close();
            if (storedQuery != null) {
                storedQuery.close();
            }
            if (writable) {
                try (Statement s = connection.createStatement()) {
                    s.execute("DELETE FROM store_meta WHERE key = 'writer' AND value = '" + ProcessHandle.current().pid() + "'");
                }
            }
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(file + ": closing failed: " + StoreFile.explain(e), e);
        }
    }

    /** Whether no process writes the file: opened to read, and no live writer recorded (one may be handing over). */
    private boolean noWriter() throws SQLException {
        return !writable && WaitingReaders.liveWriter(connection) == null;
    }

    private void requireWritable() throws StoreException {
        if (!writable) {
            throw new StoreException(file + ": opened to read; open it with CorpusStore.open to write", null);
        }
    }

    private StoreException failure(SQLException e) {
        return new StoreException(file + ": " + StoreFile.explain(e), e);
    }
}
