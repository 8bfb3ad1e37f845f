package org.threadlens.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one out-of-core grouping of the flat formats: records of many threads, added in input order and
 * lying anywhere in the input, come back one thread at a time. The format's part (thread key, columns) is
 * a {@link SpillColumns}; what a record means, and which records are bad, stays with the format.
 *
 * <p><b>Stores</b> every record it is given, whole: it never judges or drops one. Readers count and report
 * bad records (file and line) before they get here; a record that arrives comes back, or the run fails
 * with an {@link IOException} naming the spill (a full disk is no input problem).
 * <p><b>Order</b>: threads in the order of their first record that {@linkplain SpillColumns#placesThread
 * places} them; threads with none are dropped; each thread's records in the order they were added. A
 * format that wants another order within a thread sorts the list it gets (stable: add order breaks ties).
 * <p><b>Memory</b>: records stay on the heap until their {@linkplain SpillColumns#estimatedBytes estimated
 * size} passes the heap budget (0 goes to disk at the first record); from then on every record goes to a
 * {@link SpillTable}, an in-memory DuckDB table limited to the given memory, beyond which DuckDB writes
 * temporary files in a fresh directory under the work directory. Reading holds one thread at a time. The
 * directory is deleted on {@link #close()}, also after a failure.
 * <p><b>Lifecycle</b>: {@link #add}* → {@link #nextThread()}* → {@link #close()}. Not thread-safe: one thread
 * adds and reads.
 *
 * @param <R> the format's record
 */
public final class ThreadSpill<R> implements AutoCloseable {
    private final Path workDir;
    private final String dirPrefix;
    private final long heapBudget;
    private final String diskMemoryLimit;
    private final SpillColumns<R> columns;
    /** Threads in the order of their first placing record, with their records so far. */
    private final Map<String, List<R>> placed = new LinkedHashMap<>();
    /** Records of threads no placing record has reached yet. */
    private final Map<String, List<R>> unplaced = new HashMap<>();
    private long heapBytes;
    private SpillTable<R> table;
    private Iterator<List<R>> heapThreads;
    private boolean reading;

    /**
     * @param workDir         where the spill directory is made
     * @param dirPrefix       the start of its name, e.g. {@code threadlens-spill-}
     * @param heapBudget      estimated bytes of records kept on the heap before spilling (0 spills at once)
     * @param diskMemoryLimit DuckDB's memory limit once spilled, e.g. {@code 256MB}
     */
    public ThreadSpill(Path workDir, String dirPrefix, long heapBudget, String diskMemoryLimit, SpillColumns<R> columns) {
        this.workDir = Objects.requireNonNull(workDir, "workDir");
        this.dirPrefix = Objects.requireNonNull(dirPrefix, "dirPrefix");
        if (heapBudget < 0) {
            throw new IllegalArgumentException("memoryBudget must not be negative, got " + heapBudget);
        }
        this.heapBudget = heapBudget;
        this.diskMemoryLimit = Objects.requireNonNull(diskMemoryLimit, "diskMemoryLimit");
        this.columns = Objects.requireNonNull(columns, "columns");
    }

    /** Adds a record. @throws IOException if the spill cannot be written */
    public void add(R record) throws IOException {
        if (reading) {
            throw new IllegalStateException("records added after reading started");
        }
        if (table != null) {
            table.add(record);
            return;
        }
        String thread = columns.thread(record);
        List<R> records = placed.get(thread);
        if (records == null && columns.placesThread(record)) {
            records = unplaced.remove(thread);
            placed.put(thread, records = records != null ? records : new ArrayList<>());
        } else if (records == null) {
            records = unplaced.computeIfAbsent(thread, k -> new ArrayList<>());
        }
        records.add(record);
        heapBytes += columns.estimatedBytes(record);
        if (heapBytes > heapBudget) {
            spill();
        }
    }

    /** Whether the records went to disk. */
    public boolean spilled() {
        return table != null;
    }

    /** The records of the next thread (never empty), or null after the last; ends adding. */
    public List<R> nextThread() throws IOException {
        if (!reading) {
            reading = true;
            unplaced.clear();
            if (table != null) {
                table.startReading();
            } else {
                heapThreads = placed.values().iterator();
            }
        }
        if (table != null) {
            return table.nextThread();
        }
        if (!heapThreads.hasNext()) {
            return null;
        }
        List<R> records = heapThreads.next();
        heapThreads.remove();
        return records;
    }

    /**
     * Moves the heap's records to disk. Placed threads go first, each whole, in their order; then the unplaced
     * ones: so each thread's first placing record keeps its rank, and each thread's records their order.
     */
    private void spill() throws IOException {
        table = SpillTable.create(workDir, dirPrefix, diskMemoryLimit, columns);
        for (List<R> records : placed.values()) {
            for (R r : records) {
                table.add(r);
            }
        }
        for (List<R> records : unplaced.values()) {
            for (R r : records) {
                table.add(r);
            }
        }
        placed.clear();
        unplaced.clear();
        heapBytes = 0;
    }

    /** Deletes the spill directory, if any. Idempotent. */
    @Override
    public void close() throws IOException {
        placed.clear();
        unplaced.clear();
        if (table != null) {
            table.close();
        }
    }
}
