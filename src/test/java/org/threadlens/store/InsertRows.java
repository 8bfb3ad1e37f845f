package org.threadlens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Rows through batched {@code INSERT ... VALUES (?, ...)} statements: the baseline the Appender is measured against. */
final class InsertRows implements TableRows {
    private final Connection connection;
    private final PreparedStatement insert;

    InsertRows(Connection connection, String table) throws SQLException {
        this.connection = connection;
        int columns;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM duckdb_columns() WHERE table_name = '" + table + "'")) {
            rs.next();
            columns = rs.getInt(1);
        }
        this.insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (" + "?, ".repeat(columns - 1) + "?)");
    }

    @Override
    public void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof List<?> list) {
                String type = !list.isEmpty() && list.get(0) instanceof Double ? "DOUBLE" : "VARCHAR";
                v = connection.createArrayOf(type, list.toArray());
            }
            insert.setObject(i + 1, v);
        }
        insert.addBatch();
    }

    @Override
    public void flush() throws SQLException {
        insert.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
