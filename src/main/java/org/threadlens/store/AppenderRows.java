package org.threadlens.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Rows through DuckDB's Appender: values go into a native data chunk and reach the table on {@link #flush()},
 * in the transaction open on the connection at that moment (measured: several times faster than batched
 * {@code INSERT}s, see docs/store.md). A transaction must be open — a statement run since
 * {@code setAutoCommit(false)} — before the first flush, or the rows commit on their own.
 */
final class AppenderRows implements TableRows {
    private final DuckDBAppender appender;

    AppenderRows(Connection connection, String table) throws SQLException {
        this.appender = connection.unwrap(DuckDBConnection.class).createAppender("main", table);
    }

    /**
     * Opens a transaction on the connection that appender flushes join: auto-commit off, and a statement run in
     * it (DuckDB starts the transaction at the first statement; a flush before that would commit on its own).
     */
    static void openTransaction(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT 1");
        }
    }

    @Override
    public void row(Object... values) throws SQLException {
        appender.beginRow();
        for (Object v : values) {
            append(v);
        }
        appender.endRow();
    }

    private void append(Object v) throws SQLException {
        if (v == null) {
            appender.appendNull();
        } else if (v instanceof String s) {
            appender.append(s);
        } else if (v instanceof Integer i) {
            appender.append(i.intValue());
        } else if (v instanceof Long l) {
            appender.append(l.longValue());
        } else if (v instanceof Double d) {
            appender.append(d.doubleValue());
        } else if (v instanceof Boolean b) {
            appender.append(b.booleanValue());
        } else if (v instanceof Byte b) {
            appender.append(b.byteValue());
        } else if (v instanceof LocalDateTime t) {
            appender.append(t);
        } else if (v instanceof byte[] bytes) {
            appender.append(bytes);
        } else if (v instanceof List<?> list) {
            appender.append(list);
        } else {
            throw new IllegalArgumentException("no appender mapping for " + v.getClass().getName());
        }
    }

    @Override
    public void flush() throws SQLException {
        appender.flush();
    }

    @Override
    public void close() throws SQLException {
        appender.close();
    }
}
