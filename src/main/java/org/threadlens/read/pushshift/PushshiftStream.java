package org.threadlens.read.pushshift;

import java.io.IOException;
import java.util.List;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.JsonLines;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadStream;
import org.threadlens.read.pushshift.DumpRecordParser.BadRecordException;
import org.threadlens.thread.DiscussionThread;

/**
 * The threads of a set of dump files. The first {@link #read()} runs stage 1: every line of every input, in
 * the order given, is parsed and appended to a {@link RecordSpill}; lines and records that cannot be read
 * are reported and skipped, and an input that breaks off is reported and the rest still read. Each
 * {@link #read()} then runs stage 2 for one thread: its rows, which the spill returns together, become a
 * {@link DiscussionThread}. {@link #close()} deletes the spill, also after a failure. Not thread-safe.
 */
final class PushshiftStream implements ThreadStream {
    private final List<InputFile> inputs;
    private final ReadContext context;
    private final DumpRecordParser parser = new DumpRecordParser();
    private RecordSpill spill;
    private RecordSpill.Rows rows;
    private DumpRecord next;
    private boolean closed;

    PushshiftStream(List<InputFile> inputs, ReadContext context) {
        this.inputs = List.copyOf(inputs);
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
        ThreadCollector thread = new ThreadCollector(next, inputs);
        for (next = rows.next(); next != null && next.threadId().equals(thread.threadId()); next = rows.next()) {
            thread.add(next);
        }
        return thread.build(context.problems());
    }

    /** Stage 1, then the start of stage 2. On any failure the spill is deleted at once. */
    private void spillAll() throws IOException, InputFormatException {
        boolean done = false;
        spill = RecordSpill.create(context.options().workDir());
        try {
            for (int i = 0; i < inputs.size(); i++) {
                spillInput(i);
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

    private void spillInput(int index) throws IOException, InputFormatException {
        InputFile input = inputs.get(index);
        ReadProblems problems = context.problems();
        JsonLines lines;
        try {
            lines = new JsonLines(input, problems, context.options().maxLineBytes());
        } catch (IOException e) {
            problems.inputFailed(InputFormatException.brokenOff(input.name(), 0, e));
            return;
        }
        try {
            for (JsonLines.Record r = lines.next(); r != null; r = lines.next()) {
                try {
                    spill.add(parser.parse(r.node(), index, r.line()));
                } catch (BadRecordException e) {
                    problems.skipped(new ReadProblem(input.name(), r.line(), e.getMessage()));
                }
            }
        } catch (InputFormatException e) {
            problems.inputFailed(e);
        } finally {
            closeQuietly(lines);
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

    /** Closing an input read to its end (or to its break) loses nothing; a failure there is not reported. */
    private static void closeQuietly(JsonLines lines) {
        try {
            lines.close();
        } catch (IOException e) {
            // see above
        }
    }
}
