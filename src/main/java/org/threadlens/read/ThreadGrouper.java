package org.threadlens.read;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.threadlens.thread.CommentFlag;

/**
 * Groups flat comments by thread for formats whose records of one thread may lie anywhere in the input
 * (ConvoKit corpora, mapped exports), through the {@link ThreadSpill}. Records are added in input order; then
 * {@link #next()} yields each thread once, threads in the order of their first record, each thread's records
 * in input order; for each field of a thread's info, the value added first wins.
 *
 * <p>Memory: records are kept on the heap until their estimated size passes the budget
 * ({@link #DEFAULT_MEMORY_BUDGET} unless given); from then on they go to the spill's DuckDB table in a
 * {@code threadlens-spill-} directory under the work directory, limited to {@link #DISK_MEMORY_LIMIT}. The
 * directory is deleted on {@link #close()}. Lifecycle: {@code add}/{@code addInfo}* → {@code next}* →
 * {@code close}. Not thread-safe.
 */
public final class ThreadGrouper implements AutoCloseable {
    /** Records kept on the heap before spilling to disk: about 250,000 comments of average Reddit length. */
    public static final long DEFAULT_MEMORY_BUDGET = 64L * 1024 * 1024;
    /** DuckDB's memory once spilled; beyond it DuckDB writes temporary files. */
    static final String DISK_MEMORY_LIMIT = "256MB";

    /** One thread's records and what the source said about it. */
    public record Group(String thread, FlatThreadInfo info, List<FlatComment> comments) {
        public Group {
            Objects.requireNonNull(thread, "thread");
            Objects.requireNonNull(info, "info");
            comments = List.copyOf(comments);
        }
    }

    /** A comment, or what the source says of its thread (then {@code comment} is null). */
    private record Entry(String thread, FlatComment comment, FlatThreadInfo info) {
    }

    private final ThreadSpill<Entry> spill;

    public ThreadGrouper(Path workDir) {
        this(workDir, DEFAULT_MEMORY_BUDGET);
    }

    /** @param memoryBudget estimated bytes of records kept on the heap before spilling (0 spills at once) */
    public ThreadGrouper(Path workDir, long memoryBudget) {
        spill = new ThreadSpill<>(workDir, "threadlens-spill-", memoryBudget, DISK_MEMORY_LIMIT, new Columns());
    }

    /** Adds a record. @throws IOException if the spill file cannot be written */
    public void add(FlatComment comment) throws IOException {
        spill.add(new Entry(comment.thread(), comment, null));
    }

    /**
     * Adds what the source says about a thread; for each field, the value added first wins. Info for a
     * thread that gets no records is dropped.
     */
    public void addInfo(String thread, FlatThreadInfo info) throws IOException {
        if (!info.isEmpty()) {
            spill.add(new Entry(thread, null, info));
        }
    }

    /** Whether the records went to disk. */
    public boolean spilled() {
        return spill.spilled();
    }

    /** The next thread, or null after the last; ends adding. */
    public Group next() throws IOException {
        List<Entry> entries = spill.nextThread();
        if (entries == null) {
            return null;
        }
        FlatThreadInfo info = FlatThreadInfo.NONE;
        List<FlatComment> comments = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (e.comment() != null) {
                comments.add(e.comment());
            } else {
                info = info.orElse(e.info());
            }
        }
        return new Group(entries.get(0).thread(), info, comments);
    }

    @Override
    public void close() throws IOException {
        spill.close();
    }

    /** An entry as one row: the comment's columns, then the info's; file names stored once, by index. */
    private static final class Columns implements SpillColumns<Entry> {
        private final Map<String, Integer> fileIds = new HashMap<>();
        private final List<String> files = new ArrayList<>();

        @Override
        public String thread(Entry e) {
            return e.thread();
        }

        @Override
        public boolean placesThread(Entry e) {
            return e.comment() != null;
        }

        @Override
        public long estimatedBytes(Entry e) {
            return e.comment() != null ? e.comment().estimatedBytes() : e.info().estimatedBytes() + 2L * e.thread().length();
        }

        @Override
        public String columns() {
            return "title VARCHAR, community VARCHAR, platform VARCHAR, url VARCHAR, declared INTEGER, id VARCHAR,"
                    + " file INTEGER, line BIGINT, parent VARCHAR, author VARCHAR, score INTEGER, created BIGINT,"
                    + " text VARCHAR, flags VARCHAR";
        }

        @Override
        public void write(Entry e, Out out) throws SQLException {
            FlatComment c = e.comment();
            FlatThreadInfo i = c == null ? e.info() : FlatThreadInfo.NONE;
            out.text(i.title()).text(i.community()).text(i.platform()).text(i.url()).integer(i.declaredCommentCount());
            if (c == null) {
                out.text(null).integer(null).number(null).text(null).text(null).integer(null).number(null).text(null)
                        .text(null);
            } else {
                out.text(c.id()).integer(fileId(c.file())).number(c.line()).text(c.parentId()).text(c.author())
                        .integer(c.score()).number(c.createdUtc()).text(c.text()).text(c.flags().isEmpty() ? null
                                : c.flags().stream().map(CommentFlag::wireName).sorted().collect(Collectors.joining(",")));
            }
        }

        /** Reads the columns in their order: Java evaluates a constructor's arguments left to right. */
        @Override
        public Entry read(In in) throws SQLException {
            FlatThreadInfo info = new FlatThreadInfo(in.text(), in.text(), in.text(), in.text(), in.integer());
            String id = in.text();
            if (id == null) {
                return new Entry(in.thread(), null, info);
            }
            return new Entry(in.thread(), new FlatComment(files.get(in.integer()), in.number(), in.thread(), id, in.text(),
                    in.text(), in.integer(), in.number(), in.text(), flags(in.text())), null);
        }

        private int fileId(String file) {
            return fileIds.computeIfAbsent(file, f -> {
                files.add(f);
                return files.size() - 1;
            });
        }

        private static Set<CommentFlag> flags(String joined) {
            if (joined == null) {
                return Set.of();
            }
            Set<CommentFlag> out = EnumSet.noneOf(CommentFlag.class);
            for (String name : joined.split(",")) {
                out.add(CommentFlag.fromWireName(name));
            }
            return out;
        }
    }
}
