package org.threadlens.export.tables;

import java.util.Objects;

/** A column of an export table. */
public record Column(String name, ColumnType type) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
