package org.threadlens.read.pushshift;

import java.io.IOException;
import java.util.List;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ThreadStream;
import org.threadlens.thread.DiscussionThread;

/**
 * The threads of a set of dump files. The first {@link #read()} runs stage 1: every line of every input, in
 * the order given, is parsed ({@link ParsingThread}) and appended to a {@link RecordSpill}; lines and records
 * that cannot be read are reported and skipped, and an input that breaks off is reported and the rest still
 * read. Each
 * {@link #read()} then runs stage 2 for one thread: its rows, which the spill returns together, become a
 * {@link DiscussionThread}. {@link #close()} deletes the spill, also after a failure. Not thread-safe.
 */
final class PushshiftStream implements ThreadStream {
    private final List<InputFile> inputs;
    private final List<String> inputNames;
    private final ReadContext context;
    private RecordSpill spill;
    private RecordSpill.Rows rows;
    private DumpRecord next;
    private boolean closed;

    PushshiftStream(List<InputFile> inputs, ReadContext context) {
        this.inputs = List.copyOf(inputs);
        this.inputNames = this.inputs.stream().map(InputFile::name).toList();
        this.context = context;
    }

    @Override
    public DiscussionThread read() throws IOException, InputFormatException {
        if (closed) {
            throw new IllegalStateException("read after close");
        }
        if (rows == null) {
            spillAll();
        }
        if (next == null) {
            return null;
        }
        ThreadCollector thread = new ThreadCollector(next, inputNames);
        for (next = rows.next(); next != null && next.threadId().equals(thread.threadId()); next = rows.next()) {
            thread.add(next);
        }
        return thread.build(context.problems());
    }

    /** Stage 1, then the start of stage 2. On any failure the spill is deleted at once. */
    private void spillAll() throws IOException, InputFormatException {
        boolean done = false;
        spill = RecordSpill.create(context.options().workDir());
        try (ParsingThread parsed = new ParsingThread(inputs, context)) {
            for (ParsingThread.Item item = parsed.next(); item != null; item = parsed.next()) {
                for (DumpRecord r : item.records()) {
                    spill.add(r);
                }
                if (item.brokenOff() != null) {
                    context.problems().inputFailed(item.brokenOff());
                }
            }
            rows = spill.byThread();
            next = rows.next();
            done = true;
        } finally {
            if (!done) {
                close();
            }
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        if (spill != null) {
            RecordSpill s = spill;
            spill = null;
            s.close();
        }
    }
}
