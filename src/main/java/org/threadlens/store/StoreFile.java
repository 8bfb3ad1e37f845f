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
            } else if (version == 2) {
                SchemaMigration.fromVersion2(c, path.toString());
            } else if (version == 3) {
                SchemaMigration.fromVersion3(c, path.toString());
            }
            RunLog.markInterrupted(c);
            try (Statement s = c.createStatement()) {
                s.execute("SET checkpoint_threshold = '" + CHECKPOINT_THRESHOLD + "'");
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

    static Connection openToRead(Path path) throws StoreException {
        if (!Files.isRegularFile(path)) {
            throw new StoreException(path + ": no such store (run 'threadlens annotate' first, or name it with --db)", null);
        }
        Connection c = connect(path, true);
        try {
            int version = StoreSchema.versionOf(c);
            refuseUnusable(version == StoreSchema.EMPTY ? StoreSchema.FOREIGN : version, path);
            if (version < StoreSchema.VERSION) {
                c.close();
                openToWrite(path).close();
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

    /** DuckDB's message, with the common cases said plainly. */
    static String explain(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
            Matcher pid = PID.matcher(m);
            return "another process" + (pid.find() ? " (PID " + pid.group(1) + ")" : "") + " is using this store: "
                    + "DuckDB lets one process write a file, and none read it meanwhile; wait for it to finish or use "
                    + "another --db";
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
