package org.threadlens.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.threadlens.read.InputFile;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ThreadReader;
import org.threadlens.read.ThreadReaders;
import org.threadlens.read.ThreadStream;
import org.threadlens.thread.DiscussionThread;

/**
 * Reading a whole input into threads: the 470-comment Reddit API page, and the Pushshift sample dumps
 * (from ../shared/data, or the path in {@code -Dthreadlens.shared.data}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadingBenchmark {
    @Param({"reddit-api/3hahrw-funny.json", "pushshift/comments.ndjson"})
    public String file;

    private InputFile input;
    private ThreadReader reader;

    @Setup
    public void open() throws Exception {
        Path p = Path.of(System.getProperty("threadlens.shared.data", "../shared/data"), file);
        if (!Files.isRegularFile(p)) {
            throw new IOException(p + " not found: run from the project root beside ../shared/data");
        }
        input = InputFile.of(p.toString());
        reader = ThreadReaders.detect(input);
    }

    @Benchmark
    public int read() throws Exception {
        int comments = 0;
        try (ThreadStream s = reader.open(List.of(input), ReadContext.defaults())) {
            for (DiscussionThread t = s.read(); t != null; t = s.read()) {
                comments += t.comments().size();
            }
        }
        return comments;
    }
}
