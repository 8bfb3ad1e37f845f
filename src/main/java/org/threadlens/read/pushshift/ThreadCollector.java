package org.threadlens.read.pushshift;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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
 * The records of one thread, as they come from the spill (post first), into a {@link DiscussionThread}.
 * Thread fields come from the post; the community from the first record that names it (the post, if it does).
 * Remembers where each record was read so that duplicates are reported at their file and line.
 * Not thread-safe; one per thread.
 */
final class ThreadCollector {
    private final List<String> inputs;
    private final ThreadBuilder builder;
    private final Map<Comment, DumpRecord> origins = new IdentityHashMap<>();
    private final Map<String, DumpRecord> firstById = new LinkedHashMap<>();
    private boolean hasCommunity;

    /**
     * @param first  the thread's first record in {@link DumpThreads#ORDER}: its post if it has one
     * @param inputs the inputs as the user named them, by index
     */
    ThreadCollector(DumpRecord first, List<String> inputs) {
        this.inputs = inputs;
        this.builder = new ThreadBuilder("reddit", first.threadId(),
                new SourceRef(PushshiftReader.NAME, inputs.get(first.input())));
        if (first.isPost()) {
            builder.title(first.title()).url(first.url()).createdUtc(first.createdUtc())
                    .declaredCommentCount(first.numComments());
        }
        add(first);
    }

    String threadId() {
        return builder.id();
    }

    void add(DumpRecord r) {
        Comment c = r.toComment();
        origins.put(c, r);
        firstById.putIfAbsent(r.id(), r);
        if (!hasCommunity && r.community() != null) {
            builder.community(r.community());
            hasCommunity = true;
        }
        builder.add(c);
    }

    /**
     * The thread; every record left out as a duplicate (an id seen before in the thread) is reported.
     *
     * @throws InputFormatException in strict mode, at the first duplicate
     */
    DiscussionThread build(ReadProblems problems) throws InputFormatException {
        DiscussionThread thread = builder.build();
        for (Comment dup : builder.duplicates()) {
            DumpRecord r = origins.get(dup);
            DumpRecord kept = firstById.get(r.id());
            problems.skipped(new ReadProblem(file(r), r.line(), "duplicate of " + kept.kind().wireName() + " " + r.id()
                    + " already read at " + file(kept) + ":" + kept.line() + " (thread " + threadId()
                    + "): expected each id once; skipped"));
        }
        return thread;
    }

    private String file(DumpRecord r) {
        return inputs.get(r.input());
    }
}
