package org.threadlens.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.RecordFormatException;
import org.threadlens.record.ThreadRecordParser;
import org.threadlens.record.ThreadRecordWriter;

/**
 * The corpus store in a DuckDB file. Lifecycle: {@link #open} → {@link #put} / {@link #forEach} → {@link #close}.
 * Not thread-safe: one writer thread per store (the run's writer).
 */
public final class CorpusStore implements AutoCloseable {
    /** The file {@code annotate} writes when no {@code --db} is given. */
    public static final String DEFAULT_FILE = "threadlens.duckdb";

    private final String file;
    private final Connection connection;
    private final ThreadRecordWriter writer = new ThreadRecordWriter(true);
    private final ThreadRecordParser parser = new ThreadRecordParser();

    private CorpusStore(String file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (creating if needed) the store in {@code path}.
     *
     * @throws StoreException if the file cannot be opened, is not a ThreadLens store, or another process
     *                        is writing it
     */
    public static CorpusStore open(Path path) throws StoreException {
        String file = path.toString();
        Connection c = null;
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new StoreException(file + ": cannot create the store: directory " + parent + " does not exist", null);
            }
            c = DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath());
            StoreSchema.create(c, file);
            return new CorpusStore(file, c);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException(file + ": " + explain(e), e);
        } catch (StoreException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** Opens a store that must already exist (for export and queries). */
    public static CorpusStore openExisting(Path path) throws StoreException {
        if (!Files.isRegularFile(path)) {
            throw new StoreException(path + ": no such store (run 'threadlens annotate' first, or name it with --db)", null);
        }
        return open(path);
    }

    public String file() {
        return file;
    }

    /** Stores a thread in one transaction, replacing any earlier version with the same platform and id. */
    public void put(AnnotatedThread record) throws StoreException {
        var t = record.thread();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement del = connection.prepareStatement("DELETE FROM threads WHERE platform = ? AND id = ?");
                 PreparedStatement ins = connection.prepareStatement("INSERT INTO threads (platform, id, community, title, "
                         + "created_utc, comments, layers, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                del.setString(1, t.platform());
                del.setString(2, t.id());
                del.executeUpdate();
                ins.setString(1, t.platform());
                ins.setString(2, t.id());
                ins.setString(3, t.community());
                ins.setString(4, t.title());
                ins.setObject(5, t.createdUtc());
                ins.setInt(6, t.comments().size());
                ins.setString(7, record.provenance().layers());
                ins.setString(8, writer.toJson(record));
                ins.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException(file + ": storing thread " + t.id() + " failed: " + explain(e), e);
        }
    }

    /** Receives stored threads one at a time. */
    @FunctionalInterface
    public interface RecordConsumer {
        void accept(AnnotatedThread record) throws Exception;
    }

    /** Streams every stored thread, in the order first stored, to {@code consumer}. */
    public void forEach(RecordConsumer consumer) throws Exception {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, record FROM threads ORDER BY seq")) {
            while (rs.next()) {
                AnnotatedThread record;
                try {
                    record = parser.parse(rs.getString(2));
                } catch (RecordFormatException e) {
                    throw new StoreException(file + ": stored thread " + rs.getString(1) + " is unreadable: " + e.getMessage(), e);
                }
                consumer.accept(record);
            }
        }
    }

    public long threadCount() throws StoreException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM threads")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException(file + ": " + explain(e), e);
        }
    }

    @Override
    public void close() throws StoreException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(file + ": closing failed: " + explain(e), e);
        }
    }

    /** DuckDB's message, with the common cases said plainly. */
    static String explain(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
            return "another process is using this store (DuckDB allows one writer per file); wait for it to finish "
                    + "or use another --db";
        }
        return m.replaceFirst("^IO Error: ", "");
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one to report
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
