package org.threadlens.read.mapped;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.threadlens.read.FlatThreadBuilder;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ThreadGrouper;
import org.threadlens.read.ThreadStream;
import org.threadlens.thread.DiscussionThread;

/**
 * The threads of all inputs of one mapped format, grouped across the inputs (an export split into parts
 * may put a thread's rows in several). The first {@link #read()} reads every input into a
 * {@link ThreadGrouper}; an input that cannot be read (a missing column, a CSV syntax error, a break) is
 * reported failed, the rows read from it before are kept and the next input is read. An {@link IOException}
 * here comes from the spill, not from an input, and ends the run. Not thread-safe.
 */
final class MappedStream implements ThreadStream {
    /** The platform of threads whose mapping names none. */
    static final String DEFAULT_PLATFORM = "forum";

    /** Reads the rows of one input into the grouper. */
    @FunctionalInterface
    interface Rows {
        void read(InputFile input, RowParser parser, ThreadGrouper grouper) throws IOException, InputFormatException;
    }

    private final List<InputFile> inputs;
    private final ReadContext context;
    private final RowParser parser;
    private final Rows rows;
    private final FlatThreadBuilder builder;
    private final ThreadGrouper grouper;
    private boolean loaded;

    MappedStream(String format, List<InputFile> inputs, ReadContext context, FieldMapping mapping, RowParser parser,
            Rows rows, long memoryBudget) {
        this.inputs = List.copyOf(inputs);
        this.context = context;
        this.parser = parser;
        this.rows = rows;
        String platform = mapping.literal(MappedField.PLATFORM);
        this.builder = new FlatThreadBuilder(format, platform != null ? platform : DEFAULT_PLATFORM,
                mapping.literal(MappedField.COMMUNITY), false, text -> Set.of());
        this.grouper = new ThreadGrouper(context.options().workDir(), memoryBudget);
    }

    @Override
    public DiscussionThread read() throws IOException, InputFormatException {
        if (!loaded) {
            loaded = true;
            for (InputFile input : inputs) {
                try {
                    rows.read(input, parser, grouper);
                } catch (InputFormatException e) {
                    context.problems().inputFailed(e);
                }
            }
        }
        ThreadGrouper.Group group = grouper.next();
        return group == null ? null : builder.build(group, context.problems());
    }

    @Override
    public void close() throws IOException {
        grouper.close();
    }
}
