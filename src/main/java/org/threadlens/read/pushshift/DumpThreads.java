package org.threadlens.read.pushshift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadProblems;
import org.threadlens.thread.DiscussionThread;

/**
 * The records of one thread into its {@link DiscussionThread}, for callers that group records by thread
 * themselves (the Spark job groups them with its shuffle). The reader's own stream gets them grouped and in
 * this order from its spill. Stateless and thread-safe.
 */
public final class DumpThreads {
    /**
     * The order of a thread's records, as the spill returns them: the post first, then comments by creation
     * time (unknown times last), ties in input order (input index, then line). Duplicates keep the first copy
     * in this order, and the thread's source file is the file of its first record.
     */
    public static final Comparator<DumpRecord> ORDER = Comparator
            .comparing((DumpRecord r) -> r.kind().ordinal())
            .thenComparing(DumpRecord::createdUtc, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(DumpRecord::input)
            .thenComparingLong(DumpRecord::line);

    private DumpThreads() {
    }

    /**
     * The thread of {@code records}, which are every record of one thread (same {@link DumpRecord#threadId()}),
     * in any order. Duplicates are reported to {@code problems} as the reader reports them.
     *
     * @param inputs the inputs as the user named them, by {@link DumpRecord#input()} index
     * @throws InputFormatException in strict mode, at the first duplicate
     */
    public static DiscussionThread build(List<DumpRecord> records, List<String> inputs, ReadProblems problems)
            throws InputFormatException {
        if (records.isEmpty()) {
            throw new IllegalArgumentException("a thread has at least one record");
        }
        List<DumpRecord> sorted = new ArrayList<>(records);
        sorted.sort(ORDER);
        ThreadCollector thread = new ThreadCollector(sorted.get(0), inputs);
        for (int i = 1; i < sorted.size(); i++) {
            DumpRecord r = sorted.get(i);
            if (!r.threadId().equals(thread.threadId())) {
                throw new IllegalArgumentException("record " + r.id() + " belongs to thread " + r.threadId()
                        + ", not " + thread.threadId());
            }
            thread.add(r);
        }
        return thread.build(problems);
    }
}
