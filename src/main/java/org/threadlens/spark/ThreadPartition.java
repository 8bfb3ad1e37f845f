package org.threadlens.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.TaskCompletionListener;
import org.threadlens.BuildInfo;
import org.threadlens.annotate.AnnotationFailure;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.pipeline.AnnotationSetup;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.pushshift.DumpRecord;
import org.threadlens.read.pushshift.DumpThreads;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Provenance;
import org.threadlens.record.ThreadRecordWriter;
import org.threadlens.thread.DiscussionThread;

/**
 * Stage 2 on a worker: a partition of {@link RecordRows}, sorted so that each thread's records are together,
 * becomes one {@link ThreadRows} row per thread. Each thread is built by the reader's own
 * {@link DumpThreads}, annotated by this JVM's annotator ({@link ExecutorAnnotators}), rolled up and
 * summarized into an {@link AnnotatedThread} and written by {@link ThreadRecordWriter}: the single-machine
 * path's steps, in the same order. Lazy: a task holds one thread at a time.
 *
 * <p>A thread's texts are annotated on the task's own thread, or, where Spark gives a task more than one
 * core ({@code spark.task.cpus}), on that many threads: the single-machine path spreads one thread's
 * comments over its workers, so a giant thread need not bound the stage's tail.
 */
final class ThreadPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final List<String> inputNames;
    private final AnnotationSetup setup;
    private final boolean tokens;
    private final boolean strict;
    private final JobCounters counters;

    /** @param setup nullable: null writes structure-only records, as {@code threadlens read} does */
    ThreadPartition(List<String> inputNames, AnnotationSetup setup, boolean tokens, boolean strict, JobCounters counters) {
        this.inputNames = List.copyOf(inputNames);
        this.setup = setup;
        this.tokens = tokens;
        this.strict = strict;
        this.counters = counters;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        JobCounters.TaskProblems problems = counters.forTask(strict);
        ExecutorAnnotators.Opened opened = setup == null ? null : ExecutorAnnotators.get(setup);
        Executor executor = executor();
        return new Iterator<>() {
            private final ThreadRecordWriter writer = new ThreadRecordWriter(tokens);
            private DumpRecord pending = rows.hasNext() ? RecordRows.fromRow(rows.next()) : null;

            @Override
            public boolean hasNext() {
                return pending != null;
            }

            @Override
            public Row next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                List<DumpRecord> thread = new ArrayList<>();
                thread.add(pending);
                pending = null;
                while (rows.hasNext()) {
                    DumpRecord r = RecordRows.fromRow(rows.next());
                    if (!r.threadId().equals(thread.get(0).threadId())) {
                        pending = r;
                        break;
                    }
                    thread.add(r);
                }
                return ThreadRows.toRow(finish(build(thread, problems), opened, problems, executor), writer);
            }
        };
    }

    private DiscussionThread build(List<DumpRecord> records, JobCounters.TaskProblems problems) {
        try {
            return DumpThreads.build(records, inputNames, problems.problems);
        } catch (InputFormatException e) {
            throw new StrictModeStop(e);
        }
    }

    private AnnotatedThread finish(DiscussionThread thread, ExecutorAnnotators.Opened opened,
                                   JobCounters.TaskProblems problems, Executor executor) {
        counters.threads.add(1);
        counters.comments.add(thread.comments().size());
        if (opened == null) {
            return AnnotatedThread.structureOnly(thread, Provenance.structureOnly(BuildInfo.threadLensVersion()));
        }
        ThreadAnnotations raw = opened.annotator().annotate(thread, executor).join();
        for (AnnotationFailure f : raw.failures()) {
            problems.annotationFailed(f);
        }
        return AnnotatedThread.analyzed(raw, opened.provenance());
    }

    /** The task's own thread, or a pool of {@code spark.task.cpus} threads that ends with the task. */
    private static Executor executor() {
        TaskContext task = TaskContext.get();
        int cpus = task == null ? 1 : task.cpus();
        if (cpus <= 1) {
            return Runnable::run;
        }
        ExecutorService pool = Executors.newFixedThreadPool(cpus, r -> {
            Thread t = new Thread(r, "threadlens-task-annotate");
            t.setDaemon(true);
            return t;
        });
        task.addTaskCompletionListener((TaskCompletionListener) t -> pool.shutdownNow());
        return pool;
    }
}
