package org.threadlens.jmh;

import static org.threadlens.thread.Comments.post;
import static org.threadlens.thread.Comments.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Records;
import org.threadlens.record.ThreadRecordParser;
import org.threadlens.record.ThreadRecordWriter;
import org.threadlens.thread.Comment;
import org.threadlens.thread.Comments;

/** Writing and parsing the record of an annotated 100-comment thread (tokens included, as the store keeps it). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RecordWritingBenchmark {
    private final ThreadRecordWriter writer = new ThreadRecordWriter(true);
    private final ThreadRecordParser parser = new ThreadRecordParser();
    private AnnotatedThread record;
    private String json;

    @Setup
    public void annotate() {
        List<Comment> comments = new ArrayList<>();
        comments.add(post("t", "NASA picks SpaceX and Blue Origin. This is great news for Houston."));
        for (int i = 0; i < 100; i++) {
            comments.add(reply("c" + i, i == 0 ? "t" : "c" + (i / 2), "I think Gwynne Shotwell said it was a waste of money. "
                    + "Jim Bridenstine disagreed in Texas. What a great day."));
        }
        record = Records.annotate(Comments.thread("t", comments.toArray(Comment[]::new)));
        json = writer.toJson(record);
    }

    @Benchmark
    public String write() {
        return writer.toJson(record);
    }

    @Benchmark
    public AnnotatedThread parse() throws Exception {
        return parser.parse(json);
    }
}
