package org.threadlens.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opening a store file: to write (created, migrated, stale runs marked interrupted) or to read (migrated
 * first if it is of an earlier schema); refusing files that are not ThreadLens stores or are newer; and DuckDB's
 * messages said plainly.
 */
final class StoreFile {
    /**
     * How much write-ahead log a writer lets grow before DuckDB checkpoints it into the file. DuckDB's 16 MB
     * made files 15-40% larger (each checkpoint rewrites the tables' last row groups and frees the old blocks);
     * the cost is a longer replay when a killed writer's file is next opened (measured: docs/performance.md).
     */
    static final String CHECKPOINT_THRESHOLD = "256MB";
    /** How long a reader waits for a writer to give the store up; a ThreadLens run does so within a commit. */
    static final long READ_PATIENCE_MILLIS = 60_000;
    /** How long a writer waits to take its store back from readers (an export of a large store takes minutes). */
    static final long WRITE_PATIENCE_MILLIS = 3_600_000;
    private static final long RETRY_MILLIS = 20;
    private static final Pattern PID = Pattern.compile("PID (\\d+)");

    private StoreFile() {
    }

    static Connection openToWrite(Path path) throws StoreException {
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
            } else if (version < StoreSchema.VERSION) {
                SchemaMigration.inPlace(c, path.toString(), version);
            }
            Long writer = WaitingReaders.liveWriter(c);
            if (writer != null && writer != ProcessHandle.current().pid()) {
                // the writer has given the file up to readers for a moment: it is still the writer
                throw new StoreException(path + ": another process (PID " + writer + ") is using this store: DuckDB lets "
                        + "one process write a file; wait for it to finish or use another --db", null);
            }
            RunLog.markInterrupted(c);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT OR REPLACE INTO store_meta VALUES ('writer', '" + ProcessHandle.current().pid() + "')");
            }
            configureWriter(c);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException(path + ": " + explain(e), e);
        } catch (StoreException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    static Connection openToRead(Path path) throws StoreException {
        if (!Files.isRegularFile(path)) {
            throw new StoreException(path + ": no such store (run 'threadlens annotate' first, or name it with --db)", null);
        }
        Connection c = connectWhenFree(path, true, READ_PATIENCE_MILLIS);
        try {
            int version = StoreSchema.versionOf(c);
            refuseUnusable(version == StoreSchema.EMPTY ? StoreSchema.FOREIGN : version, path);
            if (version < StoreSchema.VERSION) {
                c.close();
                try (Connection migrated = openToWrite(path); Statement s = migrated.createStatement()) {
                    s.execute("DELETE FROM store_meta WHERE key = 'writer'"); // migrated, not writing
                }
                c = connect(path, true);
            }
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException(path + ": " + explain(e), e);
        } catch (StoreException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /**
     * Opens the store to write again after it was given up to readers ({@link WaitingReaders}): a plain
     * connection, no migration and no marking of running runs (this process's run is one of them), waiting while
     * readers have it open.
     */
    static Connection reopenToWrite(Path path) throws StoreException {
        Connection c = connectWhenFree(path, false, WRITE_PATIENCE_MILLIS);
        try {
            configureWriter(c);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StoreException(path + ": " + explain(e), e);
        }
    }

    /** The settings of a connection that writes: a checkpoint only every {@value #CHECKPOINT_THRESHOLD} of log. */
    private static void configureWriter(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET checkpoint_threshold = '" + CHECKPOINT_THRESHOLD + "'");
        }
    }

    /**
     * Connects, retrying while another process holds the file, for at most {@code patienceMillis}. A reader
     * leaves a marker while it waits, which a ThreadLens writer answers by giving the file up after its next
     * commit; a writer taking the file back waits for the readers to finish.
     */
    private static Connection connectWhenFree(Path path, boolean readOnly, long patienceMillis) throws StoreException {
        long deadline = System.nanoTime() + patienceMillis * 1_000_000;
        AutoCloseable marker = null;
        try {
            while (true) {
                try {
                    return connect(path, readOnly);
                } catch (StoreException e) {
                    if (!isTaken(e) || System.nanoTime() > deadline) {
                        throw e;
                    }
                    if (readOnly && marker == null) {
                        marker = waiting(path);
                    }
                    Thread.sleep(RETRY_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(path + ": interrupted while waiting for the store", e);
        } finally {
            if (marker != null) {
                try {
                    marker.close();
                } catch (Exception ignored) {
                    // a marker left behind is removed by the writer once this process is gone
                }
            }
        }
    }

    private static AutoCloseable waiting(Path path) {
        try {
            return WaitingReaders.waiting(path);
        } catch (java.io.IOException e) {
            return null; // a read-only folder: wait without asking, as before
        }
    }

    private static boolean isTaken(StoreException e) {
        return e.getMessage() != null && e.getMessage().contains("another process");
    }

    /** DuckDB's message, with the common cases said plainly. */
    static String explain(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
            Matcher pid = PID.matcher(m);
            return "another process" + (pid.find() ? " (PID " + pid.group(1) + ")" : "") + " is using this store: "
                    + "DuckDB lets one process write a file, and none read it meanwhile; a ThreadLens run gives it up to "
                    + "readers between commits, other programs do not: wait for it to finish or use another --db";
        }
        if (m.contains("not a valid DuckDB database file")) {
            return "not a DuckDB database: name another --db";
        }
        return m.replaceFirst("^IO Error: ", "");
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
        } catch (ExceptionInInitializerError | UnsatisfiedLinkError | NoClassDefFoundError e) {
            // DuckDB unpacks its native library into java.io.tmpdir on first use: a full or read-only temporary
            // directory ends here, as an Error that would otherwise escape as a stack trace
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new StoreException(path + ": cannot load DuckDB's native library, which it unpacks into the temporary "
                    + "directory " + System.getProperty("java.io.tmpdir") + " (" + root.getMessage()
                    + "): is that disk full or read-only? Another can be named with THREADLENS_JAVA_OPTS=-Djava.io.tmpdir=DIR", e);
        }
    }

    private static void refuseUnusable(int version, Path path) throws StoreException {
        String refusal = StoreSchema.refusal(version, path.toString());
        if (refusal != null) {
            throw new StoreException(refusal, null);
        }
    }

    static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
        }
    }
}
