package org.threadlens.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The store's schema: version {@value #VERSION}, created from {@value #RESOURCE} (the documented DDL).
 * A file's version is {@code store_meta.schema_version}; an empty database has none yet.
 */
final class StoreSchema {
    static final int VERSION = 5;
    static final String RESOURCE = "schema-v5.sql";
    /** {@link #versionOf}: a database without tables. */
    static final int EMPTY = 0;
    /** {@link #versionOf}: a database with tables but no {@code store_meta}: not a ThreadLens store. */
    static final int FOREIGN = -1;

    private StoreSchema() {
    }

    static int versionOf(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE table_name = 'store_meta') "
                     + "FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return EMPTY;
            }
            if (rs.getLong(2) == 0) {
                return FOREIGN;
            }
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT value FROM store_meta WHERE key = 'schema_version'")) {
            return rs.next() ? Integer.parseInt(rs.getString(1)) : FOREIGN;
        }
    }

    /** Creates the tables and views of this version (each only if absent) and records the version. */
    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(ddl());
            s.execute("INSERT OR REPLACE INTO store_meta VALUES ('schema_version', '" + VERSION + "')");
        }
    }

    /** The refusal for a file this version cannot use, or null if it can. */
    static String refusal(int version, String file) {
        if (version == FOREIGN) {
            return file + ": not a ThreadLens store (a DuckDB database without ThreadLens's store_meta table); "
                    + "name another --db";
        }
        if (version > VERSION) {
            return file + ": store schema version " + version + " was written by a newer ThreadLens; this one reads "
                    + "version " + VERSION + " (and migrates versions 1 to " + (VERSION - 1) + ")";
        }
        return null;
    }

    static String ddl() {
        try (InputStream in = StoreSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
