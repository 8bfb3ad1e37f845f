package org.threadlens.read.pushshift;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;
import org.threadlens.thread.Comment;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.SourceRef;
import org.threadlens.thread.ThreadBuilder;

/**
 * The records of one thread into its {@link DiscussionThread}: for the reader's stream, which gets them
 * grouped from its {@link org.threadlens.read.ThreadSpill}, and for the Spark job, which groups them with its
 * shuffle. Thread fields come from the post; the community from the first record that names it in
 * {@link #ORDER}. Stateless and thread-safe.
 */
public final class DumpThreads {
    /**
     * The order of a thread's records: the post first, then comments by creation
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
        DumpRecord first = sorted.get(0);
        ThreadBuilder builder = new ThreadBuilder("reddit", first.threadId(),
                new SourceRef(PushshiftReader.NAME, inputs.get(first.input())));
        if (first.isPost()) {
            builder.title(first.title()).url(first.url()).createdUtc(first.createdUtc())
                    .declaredCommentCount(first.numComments());
        }
        Map<Comment, DumpRecord> origins = new IdentityHashMap<>();
        Map<String, DumpRecord> firstById = new HashMap<>();
        String community = null;
        for (DumpRecord r : sorted) {
            if (!r.threadId().equals(first.threadId())) {
                throw new IllegalArgumentException("record " + r.id() + " belongs to thread " + r.threadId()
                        + ", not " + first.threadId());
            }
            Comment c = r.toComment();
            origins.put(c, r);
            firstById.putIfAbsent(r.id(), r);
            community = community != null ? community : r.community();
            builder.add(c);
        }
        DiscussionThread thread = builder.community(community).build();
        for (Comment dup : builder.duplicates()) {
            DumpRecord r = origins.get(dup);
            DumpRecord kept = firstById.get(r.id());
            problems.skipped(new ReadProblem(inputs.get(r.input()), r.line(), "duplicate of " + kept.kind().wireName()
                    + " " + r.id() + " already read at " + inputs.get(kept.input()) + ":" + kept.line() + " (thread "
                    + thread.id() + "): expected each id once; skipped"));
        }
        return thread;
    }
}
