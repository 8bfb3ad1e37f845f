package org.threadlens.record;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBDriver;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;

/**
 * The {@code record} column of a Parquet file, as {@code threadlens spark --parquet} writes it (one row per
 * thread, its record exactly as the JSONL line), read through an in-memory DuckDB that streams the rows: memory
 * holds a row group, not the file. Only that column is read; the others are copies of fields of the record.
 */
final class ParquetRecordLines implements RecordLines {
    /** The column holding the record (the Spark job's {@code ThreadRows.RECORD}). */
    static final String COLUMN = "record";

    private final Connection connection;
    private final Statement query;
    private final ResultSet rows;
    private long row;

    private ParquetRecordLines(Connection connection, Statement query, ResultSet rows) {
        this.connection = connection;
        this.query = query;
        this.rows = rows;
    }

    /**
     * @throws InputFormatException if the file has no {@code record} column (flattened tables, which cannot
     *                              rebuild a record) or is not Parquet DuckDB can read
     */
    static ParquetRecordLines open(InputFile input) throws InputFormatException {
        String source = "read_parquet('" + input.path().toAbsolutePath().toString().replace("'", "''") + "')";
        Connection c = null;
        try {
            Properties props = new Properties();
            props.setProperty(DuckDBDriver.JDBC_STREAM_RESULTS, "true");
            c = DriverManager.getConnection("jdbc:duckdb:", props);
            Statement s = c.createStatement();
            s.execute("SET threads = 1");
            s.execute("SET memory_limit = '1GB'");
            if (!hasRecordColumn(s, source)) {
                throw new InputFormatException(input.name(), 0, "a Parquet file without a '" + COLUMN + "' column: expected "
                        + "the Parquet of 'threadlens spark --parquet' (one row per thread, its record in '" + COLUMN + "'); "
                        + RecordFile.PARQUET_TABLES);
            }
            return new ParquetRecordLines(c, s, s.executeQuery("SELECT \"" + COLUMN + "\"::VARCHAR FROM " + source));
        } catch (SQLException e) {
            closeQuietly(c);
            throw new InputFormatException(input.name(), 0, "cannot read it as Parquet: " + firstLine(e.getMessage()));
        } catch (InputFormatException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private static boolean hasRecordColumn(Statement s, String source) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM (DESCRIBE SELECT * FROM " + source + ") "
                + "WHERE column_name = '" + COLUMN + "'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /** A null cell reads as JSON {@code null}, which the parser refuses as a record (counted, not stored). */
    @Override
    public String next() throws IOException {
        try {
            if (!rows.next()) {
                return null;
            }
            row++;
            String json = rows.getString(1);
            return json == null ? "null" : json;
        } catch (SQLException e) {
            throw new IOException("cannot read row " + (row + 1) + ": " + firstLine(e.getMessage()), e);
        }
    }

    @Override
    public long position() {
        return row;
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
            query.close();
            connection.close();
        } catch (SQLException e) {
            throw new IOException("closing the Parquet reader failed: " + e.getMessage(), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // the failure being reported matters more
            }
        }
    }
}
