package org.threadlens.read.pushshift;

import java.io.IOException;
import java.util.List;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ThreadSpill;
import org.threadlens.read.ThreadStream;
import org.threadlens.thread.DiscussionThread;

/**
 * The threads of a set of dump files. The first {@link #read()} runs stage 1: every line of every input, in
 * the order given, is parsed ({@link ParsingThread}) and appended to a {@link ThreadSpill}; lines and records
 * that cannot be read are reported and skipped, and an input that breaks off is reported and the rest still
 * read. Each {@link #read()} then runs stage 2 for one thread: its records, which the spill returns together,
 * become a {@link DiscussionThread} ({@link DumpThreads}). {@link #close()} deletes the spill, also after a
 * failure. Not thread-safe.
 */
final class PushshiftStream implements ThreadStream {
    /** Dumps are large: every record goes to disk, none waits on the heap. */
    static final long HEAP_BUDGET = 0;
    /** DuckDB's memory for the table and the sort; beyond it DuckDB spills to disk. */
    static final String MEMORY_LIMIT = "512MB";

    private final List<InputFile> inputs;
    private final List<String> inputNames;
    private final ReadContext context;
    private ThreadSpill<DumpRecord> spill;
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
        if (spill == null) {
            spillAll();
        }
        List<DumpRecord> records = spill.nextThread();
        return records == null ? null : DumpThreads.build(records, inputNames, context.problems());
    }

    /** Stage 1. On any failure the spill is deleted at once. */
    private void spillAll() throws IOException, InputFormatException {
        boolean done = false;
        spill = new ThreadSpill<>(context.options().workDir(), SpillDirectory.PREFIX, HEAP_BUDGET, MEMORY_LIMIT,
                new DumpColumns());
        try (ParsingThread parsed = new ParsingThread(inputs, context)) {
            for (ParsingThread.Item item = parsed.next(); item != null; item = parsed.next()) {
                for (DumpRecord r : item.records()) {
                    spill.add(r);
                }
                if (item.brokenOff() != null) {
                    context.problems().inputFailed(item.brokenOff());
                }
            }
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
            spill.close();
        }
    }
}
