package org.threadlens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;

/**
 * Thread keys for one store handle: new keys from the {@code thread_keys} sequence, drawn {@value #BLOCK} at a
 * time, and a thread's current key, looked up only where it may have one. Each lookup or draw is a DuckDB
 * query of about 0.2 ms; with one of each per thread they were more than half of what storing a small thread
 * cost, and a Reddit dump is mostly small threads (4,000 four-comment threads: 7.4-8.3 s before, 5.7-6.3 s
 * after, measured end to end with the OpenNLP engine). A store that held no thread when this handle first wrote holds only
 * what the handle wrote since, which a fixed-size filter remembers: a thread it never saw needs no lookup.
 *
 * <p>Drawn keys are used in order, so keys still order threads by storing. A block is drawn inside the open
 * transaction; if that rolls back, the rest of the block is dropped (the sequence may be rolled back with it),
 * so no key is ever used twice. Not thread-safe: one per {@link ThreadTables}.
 */
final class ThreadKeys implements AutoCloseable {
    static final int BLOCK = 64;

    private Connection connection;
    private final ArrayDeque<Long> block = new ArrayDeque<>(BLOCK);
    /** The threads this handle wrote, if the store held none when first asked (else null: every lookup runs). */
    private KeyFilter filter;
    private boolean checked;
    private PreparedStatement draw;
    private PreparedStatement lookup;

    ThreadKeys(Connection connection) {
        this.connection = connection;
    }

    /** A key no thread has had. */
    long next() throws SQLException {
        if (block.isEmpty()) {
            if (draw == null) {
                draw = connection.prepareStatement("SELECT nextval('thread_keys') AS k FROM range(" + BLOCK + ") ORDER BY k");
            }
            try (ResultSet rs = draw.executeQuery()) {
                while (rs.next()) {
                    block.add(rs.getLong(1));
                }
            }
        }
        return block.poll();
    }

    /** Whether the thread may be stored: false means it is certainly not; true, that a query must tell. */
    boolean mayBeStored(String platform, String id) throws SQLException {
        KeyFilter f = filter();
        return f == null || f.mightContain(platform, id);
    }

    /** The thread's key if it is stored (or written in the open transaction), else null. */
    Long current(String platform, String id) throws SQLException {
        if (!mayBeStored(platform, id)) {
            return null;
        }
        if (lookup == null) {
            lookup = connection.prepareStatement("SELECT thread_key FROM threads WHERE platform = ? AND thread_id = ?");
        }
        lookup.setString(1, platform);
        lookup.setString(2, id);
        try (ResultSet rs = lookup.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    /** Remembers that the thread is written (a write rolled back later leaves a harmless false "maybe"). */
    void written(String platform, String id) throws SQLException {
        KeyFilter f = filter();
        if (f != null) {
            f.add(platform, id);
        }
    }

    private KeyFilter filter() throws SQLException {
        if (!checked) {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM threads")) {
                rs.next();
                filter = rs.getLong(1) == 0 ? new KeyFilter() : null;
            }
            checked = true;
        }
        return filter;
    }

    /**
     * Continues on a new connection to the same file (the store was given up to readers and taken back, between
     * transactions): the keys drawn and committed stay valid, and so does what the filter remembers.
     */
    void rebind(Connection newConnection) {
        close();
        connection = newConnection;
    }

    /** Forgets the undrawn keys of a block drawn in a transaction that was rolled back. */
    void rolledBack() {
        block.clear();
    }

    @Override
    public void close() {
        for (PreparedStatement s : new PreparedStatement[] {draw, lookup}) {
            if (s != null) {
                try {
                    s.close();
                } catch (SQLException ignored) {
                    // the connection closing frees it too
                }
            }
        }
        draw = null;
        lookup = null;
    }
}
