package org.threadlens.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;
import org.threadlens.read.Compression;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.JsonLines;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.pushshift.DumpRecordParser;

/**
 * Stage 1 on a worker: one dump file, streamed from its file system, decompressed by content
 * ({@link Compression}: gzip, bzip2, xz, and zstd with the 2 GiB window of Pushshift dumps, which Hadoop's
 * codecs cannot read), split into strict UTF-8 lines and parsed by the reader's own {@link JsonLines} and
 * {@link DumpRecordParser}, into {@link RecordRows}. Bad lines and records are reported with file and line,
 * as the single-machine reader reports them; a file that breaks off keeps the records read before the break.
 * Lazy: rows are parsed as Spark pulls them, so a task holds one line at a time.
 */
final class DumpFileRecords implements FlatMapFunction<DumpFile, Row> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<SerializableWritable<Configuration>> hadoopConf;
    private final JobCounters counters;
    private final boolean strict;
    private final int maxLineBytes;

    DumpFileRecords(Broadcast<SerializableWritable<Configuration>> hadoopConf, JobCounters counters, boolean strict,
                    int maxLineBytes) {
        this.hadoopConf = hadoopConf;
        this.counters = counters;
        this.strict = strict;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public Iterator<Row> call(DumpFile file) throws InputFormatException {
        ReadProblems problems = counters.forTask(strict).problems;
        JsonLines lines;
        try {
            Path path = new Path(file.path());
            InputStream raw = path.getFileSystem(hadoopConf.value().value()).open(path);
            lines = new JsonLines(file.name(), Compression.decompressDetected(raw), problems, maxLineBytes);
        } catch (IOException e) {
            InputFormatException failed = InputFormatException.brokenOff(file.name(), 0, e);
            if (strict) {
                throw new StrictModeStop(failed);
            }
            problems.inputFailed(failed);
            return Collections.emptyIterator();
        }
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) t -> closeQuietly(lines));
        }
        return new Records(file, lines, problems);
    }

    /** The rows of one file; closes it at its end. */
    private static final class Records implements Iterator<Row> {
        private final DumpFile file;
        private final JsonLines lines;
        private final ReadProblems problems;
        private final DumpRecordParser parser = new DumpRecordParser();
        private Row next;
        private boolean done;

        Records(DumpFile file, JsonLines lines, ReadProblems problems) {
            this.file = file;
            this.lines = lines;
            this.problems = problems;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                next = advance();
                done = next == null;
            }
            return next != null;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row r = next;
            next = null;
            return r;
        }

        private Row advance() {
            try {
                for (JsonLines.Record r = lines.next(); r != null; r = lines.next()) {
                    try {
                        return RecordRows.toRow(parser.parse(r.node(), file.index(), r.line()));
                    } catch (DumpRecordParser.BadRecordException e) {
                        problems.skipped(new ReadProblem(file.name(), r.line(), e.getMessage()));
                    }
                }
            } catch (InputFormatException e) {
                // in strict mode, the first bad line or record; else the file broke off: its rows so far are kept
                if (problems.strict()) {
                    throw new StrictModeStop(e);
                }
                reportBrokenOff(e);
            }
            closeQuietly(lines);
            return null;
        }

        private void reportBrokenOff(InputFormatException e) {
            try {
                problems.inputFailed(e);
            } catch (InputFormatException notStrict) {
                throw new IllegalStateException("inputFailed threw outside strict mode", notStrict);
            }
        }
    }

    private static void closeQuietly(JsonLines lines) {
        try {
            lines.close();
        } catch (IOException | UncheckedIOException e) {
            // read to its end or its break: nothing is lost
        }
    }
}
