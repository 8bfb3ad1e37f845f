package org.threadlens.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups flat comments by thread for formats whose records of one thread may lie anywhere in the input
 * (ConvoKit corpora, mapped exports). Records are added in input order; then {@link #next()} yields each
 * thread once, threads in the order of their first record, each thread's records in input order.
 *
 * <p>Memory: records are kept on the heap until their estimated size passes the budget
 * ({@link #DEFAULT_MEMORY_BUDGET} unless given); from then on every record goes to a temporary DuckDB file
 * in the work directory ({@link FlatRowSpill}), which sorts them out of core, and only one thread at a time
 * is held on the heap while reading them back. The spill is deleted on {@link #close()}. Lifecycle:
 * {@code add}/{@code addInfo}* → {@code next}* → {@code close}. Not thread-safe.
 */
public final class ThreadGrouper implements AutoCloseable {
    /** Records kept on the heap before spilling to disk: about 250,000 comments of average Reddit length. */
    public static final long DEFAULT_MEMORY_BUDGET = 64L * 1024 * 1024;

    /** One thread's records and what the source said about it. */
    public record Group(String thread, FlatThreadInfo info, List<FlatComment> comments) {
        public Group {
            Objects.requireNonNull(thread, "thread");
            Objects.requireNonNull(info, "info");
            comments = List.copyOf(comments);
        }
    }

    private final Path workDir;
    private final long memoryBudget;
    private final Map<String, List<FlatComment>> groups = new LinkedHashMap<>();
    private final Map<String, FlatThreadInfo> infos = new LinkedHashMap<>();
    private long estimatedBytes;
    private FlatRowSpill spill;
    private Iterator<Map.Entry<String, List<FlatComment>>> heapGroups;
    private boolean reading;

    public ThreadGrouper(Path workDir) {
        this(workDir, DEFAULT_MEMORY_BUDGET);
    }

    /** @param memoryBudget estimated bytes of records kept on the heap before spilling (0 spills at once) */
    public ThreadGrouper(Path workDir, long memoryBudget) {
        this.workDir = Objects.requireNonNull(workDir, "workDir");
        if (memoryBudget < 0) {
            throw new IllegalArgumentException("memoryBudget must not be negative, got " + memoryBudget);
        }
        this.memoryBudget = memoryBudget;
    }

    /** Adds a record. @throws IOException if the spill file cannot be written */
    public void add(FlatComment comment) throws IOException {
        requireAdding();
        if (spill != null) {
            spill.add(comment);
            return;
        }
        groups.computeIfAbsent(comment.thread(), k -> new ArrayList<>()).add(comment);
        estimatedBytes += comment.estimatedBytes();
        spillIfOverBudget();
    }

    /**
     * Adds what the source says about a thread; for each field, the value added first wins. Info for a
     * thread that gets no records is dropped.
     */
    public void addInfo(String thread, FlatThreadInfo info) throws IOException {
        requireAdding();
        if (info.isEmpty()) {
            return;
        }
        if (spill != null) {
            spill.addInfo(thread, info);
            return;
        }
        FlatThreadInfo before = infos.get(thread);
        infos.put(thread, before == null ? info : before.orElse(info));
        estimatedBytes += before == null ? info.estimatedBytes() + 2L * thread.length() : 0;
        spillIfOverBudget();
    }

    /** Whether the records went to disk. */
    public boolean spilled() {
        return spill != null;
    }

    /** The next thread, or null after the last; ends adding. */
    public Group next() throws IOException {
        if (!reading) {
            reading = true;
            if (spill != null) {
                spill.startReading();
            } else {
                heapGroups = groups.entrySet().iterator();
            }
        }
        if (spill != null) {
            return spill.next();
        }
        if (!heapGroups.hasNext()) {
            return null;
        }
        Map.Entry<String, List<FlatComment>> e = heapGroups.next();
        heapGroups.remove();
        FlatThreadInfo info = infos.remove(e.getKey());
        return new Group(e.getKey(), info == null ? FlatThreadInfo.NONE : info, e.getValue());
    }

    private void spillIfOverBudget() throws IOException {
        if (estimatedBytes <= memoryBudget) {
            return;
        }
        spill = FlatRowSpill.create(workDir);
        for (List<FlatComment> rows : groups.values()) {
            for (FlatComment c : rows) {
                spill.add(c);
            }
        }
        for (Map.Entry<String, FlatThreadInfo> e : infos.entrySet()) {
            spill.addInfo(e.getKey(), e.getValue());
        }
        groups.clear();
        infos.clear();
        estimatedBytes = 0;
    }

    private void requireAdding() {
        if (reading) {
            throw new IllegalStateException("records added after reading started");
        }
    }

    @Override
    public void close() throws IOException {
        groups.clear();
        infos.clear();
        if (spill != null) {
            spill.close();
        }
    }
}
