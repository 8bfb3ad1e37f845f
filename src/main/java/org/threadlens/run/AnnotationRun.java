package org.threadlens.run;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.threadlens.BuildInfo;
import org.threadlens.analyze.ThreadSummarizer;
import org.threadlens.annotate.AnnotationFailure;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.export.ExportWriter;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ReadContext;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Provenance;
import org.threadlens.store.CorpusStore;
import org.threadlens.thread.DiscussionThread;

/**
 * Reads, annotates, analyzes and stores threads.
 *
 * <p>The driving thread reads threads and submits every text to a pool of {@code threads} workers, keeping
 * at most {@link #MAX_COMMENTS_IN_FLIGHT_PER_WORKER} comments per worker in flight so that memory does not
 * grow with the input; finished threads are analyzed, stored and written by the driving thread in input
 * order (one writer, as the store requires). The engine is opened on the first thread, so a run that fails
 * on its inputs never loads models.
 */
public final class AnnotationRun {
    /** Bounds the read-ahead: enough queued work to keep every worker busy while the writer catches up. */
    static final int MAX_COMMENTS_IN_FLIGHT_PER_WORKER = 64;

    private final Settings settings;
    private final Supplier<CommentAnnotator> engine;

    /**
     * What to run.
     *
     * @param store  nullable: the store to write; null writes none
     * @param out    nullable: an export writer for {@code --out}; null writes none
     */
    public record Settings(InputSettings input, Set<Layer> layers, ThreadAnnotator.Options annotation, int threads,
                           CorpusStore store, ExportWriter out) {
        public Settings {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(annotation, "annotation");
            layers = Set.copyOf(layers);
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
            }
        }
    }

    /** @param engine opens the annotation engine; called at most once, when the first thread is read */
    public AnnotationRun(Settings settings, Supplier<CommentAnnotator> engine) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    public RunResult run(RunListener listener) throws Exception {
        long start = System.nanoTime();
        InputSettings in = settings.input();
        ReadProblems problems = new ReadProblems(in.strict(), listener);
        InputThreads inputs = new InputThreads(in.inputs(), in.format(), new ReadContext(problems, in.options()), listener);
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), workerThreads());
        Pipeline pipeline = new Pipeline(pool, listener);
        try {
            inputs.forEach(pipeline::submit);
            pipeline.drain(0);
            if (settings.out() != null) {
                settings.out().commit();
            }
        } finally {
            pool.shutdownNow();
            if (pipeline.annotator != null) {
                pipeline.annotator.engine().close();
            }
        }
        return new RunResult(in.inputs().size(), inputs.failedInputs(), pipeline.threads, pipeline.comments,
                problems.count(), pipeline.failures, (System.nanoTime() - start) / 1e9);
    }

    /** Threads in flight, finished in input order by the driving thread. */
    private final class Pipeline {
        private final ExecutorService pool;
        private final RunListener listener;
        private final ArrayDeque<CompletableFuture<ThreadAnnotations>> inFlight = new ArrayDeque<>();
        private ThreadAnnotator annotator;
        private Provenance provenance;
        private long commentsInFlight;
        private long threads;
        private long comments;
        private long failures;

        Pipeline(ExecutorService pool, RunListener listener) {
            this.pool = pool;
            this.listener = listener;
        }

        void submit(DiscussionThread thread) throws Exception {
            if (annotator == null) {
                CommentAnnotator e = engine.get();
                annotator = new ThreadAnnotator(e, settings.annotation());
                provenance = new Provenance(BuildInfo.threadLensVersion(), annotator.info(), Layer.toList(e.layers()));
            }
            inFlight.add(annotator.annotate(thread, pool));
            commentsInFlight += thread.comments().size();
            drain((long) MAX_COMMENTS_IN_FLIGHT_PER_WORKER * settings.threads());
        }

        /** Finishes threads, oldest first, until at most {@code maxComments} comments are in flight. */
        void drain(long maxComments) throws Exception {
            while (!inFlight.isEmpty() && (commentsInFlight > maxComments || inFlight.peek().isDone())) {
                ThreadAnnotations annotations = inFlight.poll().join();
                commentsInFlight -= annotations.thread().comments().size();
                finish(annotations);
            }
        }

        private void finish(ThreadAnnotations raw) throws Exception {
            for (AnnotationFailure f : raw.failures()) {
                listener.annotationFailed(f);
            }
            ThreadAnnotations rolled = ThreadSummarizer.rollUpComments(raw);
            AnnotatedThread record = AnnotatedThread.of(rolled, ThreadSummarizer.summarize(rolled), provenance);
            if (settings.store() != null) {
                settings.store().put(record);
            }
            if (settings.out() != null) {
                settings.out().write(record);
            }
            threads++;
            comments += raw.thread().comments().size();
            failures += raw.failures().size();
            listener.threadDone(record);
        }
    }

    private static java.util.concurrent.ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "threadlens-annotate-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
