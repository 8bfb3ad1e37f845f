package org.threadlens.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.threadlens.BuildInfo;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.export.ExportWriter;
import org.threadlens.pipeline.InputSettings;
import org.threadlens.pipeline.ReadRun;
import org.threadlens.pipeline.RunListener;
import org.threadlens.read.InputFormatException;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Provenance;
import org.threadlens.record.ThreadRecordWriter;
import org.threadlens.text.MarkupStyle;
import org.threadlens.thread.Comment;
import org.threadlens.thread.DiscussionThread;

/**
 * The benchmark's input: the threads read (up to a number of comments), saved as ThreadLens records so that
 * ThreadLens can run on exactly them end to end, and the plain texts ThreadLens prepares from them — what
 * plain CoreNLP reads.
 *
 * @param records the threads as a {@code threadlens-jsonl} file
 * @param threads the threads
 * @param texts   the prepared plain texts of their titles and comments (not deleted, not blank)
 */
record BenchInput(Path records, List<DiscussionThread> threads, List<String> texts) {

    static BenchInput load(InputSettings input, int maxComments, Path dir) throws Exception {
        // threads in input order until maxComments is reached; the rest is read (to find unreadable input) but not kept
        List<DiscussionThread> chosen = new ArrayList<>();
        int[] comments = {0};
        List<String> failures = new ArrayList<>();
        new ReadRun(input).run(discard(), new RunListener() {
            @Override
            public void threadDone(AnnotatedThread record) {
                if (comments[0] < maxComments) {
                    chosen.add(record.thread());
                    comments[0] += record.thread().comments().size();
                }
            }

            @Override
            public void inputFailed(String file, String message) {
                failures.add(message);
            }
        });
        if (!failures.isEmpty()) {
            throw new InputFormatException(String.join(", ", input.inputs()), 0, "cannot benchmark on input that does "
                    + "not read: " + failures.get(0) + (failures.size() > 1 ? " (and " + (failures.size() - 1) + " more)" : ""));
        }
        BenchInput in = of(chosen, dir.resolve("bench-threads.jsonl"));
        if (in.texts().isEmpty()) {
            throw new InputFormatException(String.join(", ", input.inputs()), 0, "no comment text to annotate");
        }
        return in;
    }

    /** The input of these threads, written to {@code file}. */
    static BenchInput of(List<DiscussionThread> threads, Path file) throws IOException {
        ThreadRecordWriter writer = new ThreadRecordWriter(false);
        Provenance provenance = Provenance.structureOnly(BuildInfo.threadLensVersion());
        List<String> texts = new ArrayList<>();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (DiscussionThread t : threads) {
                writer.writeLine(AnnotatedThread.structureOnly(t, provenance), out);
                texts.addAll(texts(t));
            }
        }
        return new BenchInput(file, List.copyOf(threads), List.copyOf(texts));
    }

    /** What ThreadLens hands the engine for a thread: the title as plain text, each body in its markup. */
    static List<String> texts(DiscussionThread t) {
        List<String> out = new ArrayList<>();
        if (t.title() != null) {
            out.add(MarkupStyle.PLAIN.preparer().prepare(t.title()).plain());
        }
        MarkupStyle style = MarkupStyle.forPlatform(t.platform());
        for (Comment c : t.comments()) {
            if (ThreadAnnotator.needsAnnotation(c)) {
                out.add(style.preparer().prepare(c.text()).plain());
            }
        }
        out.removeIf(String::isBlank);
        return out;
    }

    int comments() {
        return threads.stream().mapToInt(t -> t.comments().size()).sum();
    }

    private static ExportWriter discard() {
        return new ExportWriter() {
            @Override
            public void write(AnnotatedThread thread) {
            }

            @Override
            public void commit() {
            }

            @Override
            public void close() {
            }
        };
    }
}
