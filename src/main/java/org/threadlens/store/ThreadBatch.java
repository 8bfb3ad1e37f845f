package org.threadlens.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threadlens.annotate.Layer;
import org.threadlens.record.AnnotatedThread;

/**
 * Threads written into the open transaction and not yet committed. Their rows wait in the appenders until
 * the commit, so what the store answers about them ({@link #stored}, {@link #get}) comes from here. A failed
 * write or commit rolls the whole transaction back. Not thread-safe.
 */
final class ThreadBatch implements AutoCloseable {
    private final String file;
    private Connection connection;
    private final ThreadTables tables;
    private final Map<String, AnnotatedThread> records = new HashMap<>();
    private final Map<String, StoredThread> stamps = new HashMap<>();

    ThreadBatch(String file, Connection connection, ThreadTables tables) {
        this.file = file;
        this.connection = connection;
        this.tables = tables;
    }

    void write(AnnotatedThread record, ThreadStamp stamp) throws StoreException {
        try {
            if (records.isEmpty()) {
                AppenderRows.openTransaction(connection);
            }
            tables.write(record, stamp);
            String key = key(record.thread().platform(), record.thread().id());
            records.put(key, record);
            var engine = record.provenance().engine();
            stamps.put(key, new StoredThread(stamp.contentHash(), stamp.settingsHash(),
                    layers(ThreadTables.layerNames(record.provenance().layers())), stamp.runId(),
                    engine == null ? null : engine.configHash()));
        } catch (SQLException | RuntimeException e) {
            throw failed("storing thread " + record.thread().id() + " failed: ", e);
        }
    }

    void commit() throws StoreException {
        if (records.isEmpty()) {
            return;
        }
        try {
            tables.flush();
            connection.commit();
            connection.setAutoCommit(true);
            records.clear();
            stamps.clear();
        } catch (SQLException | RuntimeException e) {
            throw failed("committing failed: ", e);
        }
    }

    int size() {
        return records.size();
    }

    StoredThread stored(String platform, String id) {
        return stamps.get(key(platform, id));
    }

    AnnotatedThread get(String platform, String id) {
        return records.get(key(platform, id));
    }

    /** Whether the thread may be stored (false: certainly not, no query needed). */
    boolean mayBeStored(String platform, String id) throws SQLException {
        return tables.mayBeStored(platform, id);
    }

    /** Continues on a new connection to the same file; only between transactions (nothing written uncommitted). */
    void rebind(Connection newConnection) throws SQLException {
        if (!records.isEmpty()) {
            throw new IllegalStateException(records.size() + " threads written and not committed");
        }
        tables.rebind(newConnection);
        connection = newConnection;
    }

    /** Discards what is uncommitted (closing without a commit throws it away). */
    @Override
    public void close() throws SQLException {
        records.clear();
        stamps.clear();
        tables.close();
        if (connection != null) {
            connection.setAutoCommit(true);
        }
    }

    /** Rolls back what is uncommitted and says so. */
    private StoreException failed(String what, Exception e) {
        int lost = records.size();
        records.clear();
        stamps.clear();
        tables.discard();
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the failure being reported matters more
        }
        String others = lost > 0 ? " (nor were the " + lost + " thread" + (lost == 1 ? "" : "s") + " written before it)" : "";
        return new StoreException(file + ": " + what + (e instanceof SQLException s ? StoreFile.explain(s) : e.toString())
                + others, e);
    }

    private static String key(String platform, String id) {
        return platform + '\u0000' + id;
    }

    static Set<Layer> layers(List<String> names) {
        Set<Layer> layers = EnumSet.noneOf(Layer.class);
        for (String name : names) {
            layers.add(Layer.fromWireName(name));
        }
        return layers;
    }
}
