package org.threadlens.export.parquet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.threadlens.export.AtomicDirectory;
import org.threadlens.export.DirectoryExportWriter;
import org.threadlens.export.tables.Column;
import org.threadlens.export.tables.CorpusTables;
import org.threadlens.export.tables.Table;
import org.threadlens.record.AnnotatedThread;

/**
 * Rows appended to tables of a scratch DuckDB database inside the directory being written, then copied out
 * as Parquet ({@code COPY table TO 'file.parquet' (FORMAT PARQUET)}: DuckDB writes Parquet itself, no Hadoop)
 * and the scratch database deleted. DuckDB keeps the rows in insertion order and spills to disk beyond its
 * memory limit, so memory does not grow with the corpus. Not thread-safe.
 */
final class ParquetTables extends DirectoryExportWriter {
    static final String SCRATCH = "scratch.duckdb";
    /** DuckDB's memory for the scratch database; beyond it, it spills to its own temporary files. */
    static final String MEMORY_LIMIT = "512MB";

    private final boolean tokens;
    private final Connection connection;
    private final Map<Table, DuckDBAppender> appenders = new EnumMap<>(Table.class);

    ParquetTables(AtomicDirectory dir, boolean tokens) throws IOException {
        super(dir, ParquetExporter.NAME);
        this.tokens = tokens;
        try {
            this.connection = DriverManager.getConnection("jdbc:duckdb:" + dir.file(SCRATCH));
            try (Statement s = connection.createStatement()) {
                s.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
                for (Table t : Table.exported(tokens)) {
                    s.execute("CREATE TABLE " + t.tableName() + " (" + t.columns().stream()
                            .map(c -> c.name() + " " + c.type().sql()).collect(Collectors.joining(", ")) + ")");
                    appenders.put(t, connection.unwrap(DuckDBConnection.class).createAppender("main", t.tableName()));
                }
            }
        } catch (SQLException | RuntimeException e) {
            dir.close();
            throw new IOException("parquet: cannot open DuckDB for the tables: " + e.getMessage(), e);
        }
    }

    @Override
    public void write(AnnotatedThread thread) throws IOException {
        CorpusTables.rows(thread, tokens, this::row);
    }

    private void row(Table table, Object... values) throws IOException {
        DuckDBAppender a = appenders.get(table);
        List<Column> columns = table.columns();
        try {
            a.beginRow();
            for (int i = 0; i < values.length; i++) {
                append(a, columns.get(i), values[i]);
            }
            a.endRow();
        } catch (SQLException e) {
            throw new IOException("parquet: cannot add a row to " + table.tableName() + ": " + e.getMessage(), e);
        }
    }

    private static void append(DuckDBAppender a, Column c, Object v) throws SQLException {
        if (v == null) {
            a.appendNull();
            return;
        }
        switch (c.type()) {
            case VARCHAR -> a.append((String) v);
            case INTEGER -> a.append(((Number) v).intValue());
            case BIGINT -> a.append(((Number) v).longValue());
            case DOUBLE -> a.append(((Number) v).doubleValue());
            case BOOLEAN -> a.append((Boolean) v);
            case VARCHAR_LIST, DOUBLE_LIST -> a.append((List<?>) v);
        }
    }

    /** Copies each table to its Parquet file and deletes the scratch database. */
    @Override
    protected void finish() throws IOException {
        try {
            for (DuckDBAppender a : appenders.values()) {
                a.close();
            }
            appenders.clear();
            try (Statement s = connection.createStatement()) {
                for (Table t : Table.exported(tokens)) {
                    s.execute("COPY " + t.tableName() + " TO " + sqlString(dir.file(t.tableName() + ".parquet"))
                            + " (FORMAT PARQUET, COMPRESSION ZSTD)");
                }
            }
            connection.close();
        } catch (SQLException e) {
            throw new IOException("parquet: writing the Parquet files failed: " + e.getMessage(), e);
        }
        deleteScratch();
    }

    /** A path as a SQL string literal (the target's name is the user's and may hold a quote). */
    static String sqlString(Path p) {
        return "'" + p.toString().replace("'", "''") + "'";
    }

    private void deleteScratch() throws IOException {
        Files.deleteIfExists(dir.file(SCRATCH));
        Files.deleteIfExists(dir.file(SCRATCH + ".wal"));
        Path tmp = dir.file(SCRATCH + ".tmp");
        if (Files.isDirectory(tmp)) {
            try (var files = Files.list(tmp)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            for (DuckDBAppender a : appenders.values()) {
                try {
                    a.close();
                } catch (SQLException ignored) {
                    // the output is being discarded
                }
            }
            connection.close();
        } catch (SQLException ignored) {
            // the output is being discarded
        } finally {
            super.close();
        }
    }
}
