package org.threadlens.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain SQL on a store file, as a user would query it (each call opens and closes the file). */
final class StoreSql {
    private final Path db;

    StoreSql(Path db) {
        this.db = db;
    }

    /** The first column of the first row, as text ({@code null} as "null"). */
    String one(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("no row: " + sql);
            }
            return String.valueOf(rs.getString(1));
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
