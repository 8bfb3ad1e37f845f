package org.threadlens.record;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.threadlens.read.FileByFileStream;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.InputSample;
import org.threadlens.read.JsonErrors;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadReader;
import org.threadlens.read.ThreadStream;
import org.threadlens.read.Utf8Lines;
import org.threadlens.thread.DiscussionThread;

/** Reads ThreadLens's own JSONL records back into threads (see the package documentation). Thread-safe. */
public final class ThreadLensJsonlReader implements ThreadReader {
    public static final String NAME = "threadlens-jsonl";
    private static final Pattern SCHEMA = Pattern.compile("\\A\\s*\\{\\s*\"schema\"\\s*:\\s*\"" + Pattern.quote(ThreadRecordWriter.SCHEMA) + "\"");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "ThreadLens's own thread records (JSON Lines of schema threadlens/1, from read or --out)";
    }

    @Override
    public String expects() {
        return "one JSON object per line, each starting {\"schema\":\"threadlens/1\", as 'threadlens read' writes them";
    }

    @Override
    public List<String> filePatterns() {
        return List.of("*.jsonl");
    }

    @Override
    public boolean recognizes(InputSample sample) {
        return SCHEMA.matcher(sample.head()).find();
    }

    @Override
    public ThreadStream open(List<InputFile> inputs, ReadContext context) {
        return new FileByFileStream(inputs, input -> open(input, context), context.problems());
    }

    private ThreadStream open(InputFile input, ReadContext context) throws IOException {
        Utf8Lines lines = new Utf8Lines(input.openBytes(), context.options().maxLineBytes());
        ThreadRecordParser parser = new ThreadRecordParser();
        ReadProblems problems = context.problems();
        return new ThreadStream() {
            @Override
            public DiscussionThread read() throws IOException, InputFormatException {
                while (true) {
                    String line;
                    try {
                        line = lines.next();
                    } catch (Utf8Lines.BadLineException e) {
                        problems.skipped(new ReadProblem(input.name(), e.line(), e.getMessage()));
                        continue;
                    }
                    if (line == null) {
                        return null;
                    }
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        return parser.parse(line).thread();
                    } catch (RecordFormatException e) {
                        problems.skipped(new ReadProblem(input.name(), lines.lineNumber(), "expected a threadlens/1 record: " + JsonErrors.clean(e.getMessage())));
                    }
                }
            }

            @Override
            public void close() throws IOException {
                lines.close();
            }
        };
    }
}
