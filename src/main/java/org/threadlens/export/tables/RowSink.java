package org.threadlens.export.tables;

import java.io.IOException;

/** Receives the rows of the export tables. Not thread-safe. */
@FunctionalInterface
public interface RowSink {
    /**
     * A row of {@code table}, values in its column order: null, {@link String}, {@link Integer} (INTEGER),
     * {@link Long} (BIGINT), {@link Double}, {@link Boolean}, or a {@link java.util.List} of strings or doubles.
     */
    void row(Table table, Object... values) throws IOException;
}
