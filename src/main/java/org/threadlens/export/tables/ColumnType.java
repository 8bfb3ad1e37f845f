package org.threadlens.export.tables;

/** The type of a table column, named as DuckDB (and so Parquet) declares it. */
public enum ColumnType {
    VARCHAR("VARCHAR"),
    INTEGER("INTEGER"),
    BIGINT("BIGINT"),
    DOUBLE("DOUBLE"),
    BOOLEAN("BOOLEAN"),
    /** A list of strings: a Parquet list; in CSV a JSON array. */
    VARCHAR_LIST("VARCHAR[]"),
    /** A list of numbers: a Parquet list; in CSV a JSON array. */
    DOUBLE_LIST("DOUBLE[]");

    private final String sql;

    ColumnType(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }

    public boolean isList() {
        return this == VARCHAR_LIST || this == DOUBLE_LIST;
    }
}
