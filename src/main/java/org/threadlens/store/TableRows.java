package org.threadlens.store;

import java.sql.SQLException;

/**
 * Rows on their way into one table, in the connection's open transaction. Not thread-safe.
 * The store uses {@link AppenderRows}; the write benchmark compares it with plain {@code INSERT} batches.
 */
interface TableRows extends AutoCloseable {
    /**
     * Adds a row. Values are {@code null}, {@link String}, {@link Integer}, {@link Long}, {@link Double},
     * {@link Boolean}, {@link Byte} (TINYINT), {@code byte[]} (BLOB), {@link java.time.LocalDateTime} or a {@link java.util.List} (for
     * {@code VARCHAR[]} and {@code DOUBLE[]} columns), in the table's column order.
     */
    void row(Object... values) throws SQLException;

    /** Sends the rows added so far into the open transaction. */
    void flush() throws SQLException;

    /** Flushes and releases; rows added since the last flush end up in whatever transaction is open. */
    @Override
    void close() throws SQLException;
}
