package org.threadlens.pipeline;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.export.ExportWriter;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadProblems;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.RunStatus;
import org.threadlens.store.StoreException;

/**
 * Reads, annotates, analyzes and stores threads.
 *
 * <p>The driving thread reads threads and submits every text to a pool of {@code threads} workers, keeping
 * at most {@link #MAX_COMMENTS_IN_FLIGHT_PER_WORKER} comments per worker in flight so that memory does not
 * grow with the input; finished threads are analyzed, stored and written by the driving thread in input
 * order (one writer, as the store requires). An engine is opened on the first thread that needs it, so a
 * run that fails on its inputs, or finds everything done, never loads models.
 *
 * <p>With a store, the run is resumable and incremental ({@link ResumePlan}): a thread already stored with
 * the same content, settings and layers is skipped (and, for {@code --out}, read back from the store); each
 * thread is stored in one transaction, stamped with the run; the run itself is recorded in the store's
 * {@code runs} table with its provenance, counts and status.
 *
 * <p>A {@link RunStop} ends a run early ({@link #run(RunListener, RunStop)}): what is annotated is kept, what
 * is in hand is dropped, and the run is recorded {@code interrupted}.
 */
public final class AnnotationRun {
    /** Bounds the read-ahead: enough queued work to keep every worker busy while the writer catches up. */
    static final int MAX_COMMENTS_IN_FLIGHT_PER_WORKER = 64;

    private final Settings settings;
    private final AnnotatorFactory annotators;

    /**
     * What to run.
     *
     * @param layers     the layers asked for
     * @param annotation the annotation options for {@code layers} (used with a fixed engine)
     * @param store      nullable: the store to write; null writes none
     * @param out        nullable: an export writer for {@code --out}; null writes none
     * @param resume     how threads already stored are treated, and what the run records of itself
     */
    public record Settings(InputSettings input, Set<Layer> layers, ThreadAnnotator.Options annotation, int threads,
                           CorpusStore store, ExportWriter out, Resume resume) {
        public Settings {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(annotation, "annotation");
            Objects.requireNonNull(resume, "resume");
            layers = Set.copyOf(layers);
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
            }
        }

        /** Settings with the default {@link Resume}: an unnamed engine without settings, nothing forced. */
        public Settings(InputSettings input, Set<Layer> layers, ThreadAnnotator.Options annotation, int threads,
                        CorpusStore store, ExportWriter out) {
            this(input, layers, annotation, threads, store, out, Resume.defaults());
        }
    }

    /**
     * How a run with a store treats threads already there.
     *
     * @param settings   the identity of the annotation settings (what "same settings" compares)
     * @param reannotate annotate every thread even when the store holds it done
     * @param command    the command line, for the store's {@code runs} table
     */
    public record Resume(AnnotationSettings settings, boolean reannotate, String command) {
        public Resume {
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(command, "command");
        }

        /** For API use: settings of an engine named {@code unnamed} without settings; stored threads done are skipped. */
        public static Resume defaults() {
            return new Resume(DEFAULT_SETTINGS, false, "(Java API)");
        }

        private static final AnnotationSettings DEFAULT_SETTINGS = new AnnotationSettings("unnamed",
                new java.util.TreeMap<>(), new java.util.TreeMap<>(), new java.util.TreeMap<>(), new java.util.TreeMap<>());
    }

    /** Opens the thread annotator (engine and options) for a set of layers; called once per distinct set. */
    @FunctionalInterface
    public interface AnnotatorFactory {
        ThreadAnnotator open(Set<Layer> layers);
    }

    /**
     * A run with one engine for every thread, whatever its layers (it cannot add layers stored threads have
     * and the engine lacks).
     *
     * @param engine opens the engine; called at most once, when the first thread needs it
     */
    public AnnotationRun(Settings settings, Supplier<CommentAnnotator> engine) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(engine, "engine");
        ThreadAnnotator[] one = new ThreadAnnotator[1];
        this.annotators = layers -> {
            if (one[0] == null) {
                one[0] = new ThreadAnnotator(engine.get(), settings.annotation());
            }
            return one[0];
        };
    }

    /** A run that opens an annotator for each set of layers it needs. */
    public AnnotationRun(Settings settings, AnnotatorFactory annotators) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.annotators = Objects.requireNonNull(annotators, "annotators");
    }

    public RunResult run(RunListener listener) throws Exception {
        return run(listener, RunStop.never());
    }

    /**
     * Runs until every input is read and every thread finished, or until {@code stop} is requested. A stopped
     * run reads no more input, stores the threads already annotated, drops those still being annotated (a
     * thread is stored whole or not at all), marks itself {@code interrupted} in the store with its counts,
     * and publishes no {@code --out} file (its temporary file is removed when the writer is closed): the result
     * says so ({@link RunResult#stopped()}). A stop requested once every thread is finished changes nothing.
     */
    public RunResult run(RunListener listener, RunStop stop) throws Exception {
        Objects.requireNonNull(stop, "stop");
        long start = System.nanoTime();
        InputSettings in = settings.input();
        ReadProblems problems = new ReadProblems(in.strict(), listener);
        InputThreads inputs = new InputThreads(in.inputs(), in.format(), new ReadContext(problems, in.options()), listener);
        RunCounter counts = new RunCounter(problems);
        RunRecorder recorder = settings.store() == null ? null : RunRecorder.start(settings.store(), settings);
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), WorkerThreads.named("annotate"));
        ThreadPipeline pipeline = null;
        boolean stopped = false;
        try (Annotators opened = new Annotators(annotators, settings.resume().settings().hash(), o -> {
                if (recorder != null) {
                    recorder.engineOpened(o);
                }
            })) {
            pipeline = new ThreadPipeline(settings, pool, listener, opened, recorder, counts, stop,
                    (long) MAX_COMMENTS_IN_FLIGHT_PER_WORKER * settings.threads());
            boolean whole = inputs.forEach(pipeline::submit, stop);
            if (whole) {
                pipeline.drain(0); // returns early, threads in flight, only if a stop is requested
            }
            if (whole && pipeline.idle()) {
                complete(pipeline, recorder, counts);
            } else {
                stopHere(pipeline, recorder, counts, stop.reason());
                stopped = true;
            }
        } catch (Exception | Error e) {
            if (recorder != null) {
                // Threads read before a failure elsewhere (a bad input in --strict mode) are finished and kept.
                // After a store failure what was uncommitted is already rolled back.
                if (pipeline != null && !(e instanceof StoreException)) {
                    finishQuietly(pipeline);
                }
                recordFailure(recorder, counts, e);
            }
            throw e;
        } finally {
            pool.shutdownNow();
        }
        return new RunResult(in.inputs().size(), inputs.failedInputs(), counts.threadsAnnotated, counts.commentsAnnotated,
                counts.threadsSkipped, counts.commentsSkipped, problems.count(), counts.annotationFailures,
                recorder == null ? null : recorder.runId(), (System.nanoTime() - start) / 1e9,
                stopped ? stop.reason() : null, stopped ? counts.notFinished() : 0);
    }

    /** Every input read, every thread finished: stores the last, publishes --out, records the run completed. */
    private void complete(ThreadPipeline pipeline, RunRecorder recorder, RunCounter counts) throws Exception {
        pipeline.commit();
        if (settings.out() != null) {
            settings.out().commit();
        }
        if (recorder != null) {
            recorder.finish(RunStatus.COMPLETED, counts.snapshot(), null);
        }
    }

    /**
     * Stopped: stores the threads annotated, drops the rest, leaves --out unpublished, records the run
     * interrupted.
     */
    private static void stopHere(ThreadPipeline pipeline, RunRecorder recorder, RunCounter counts, String why)
            throws Exception {
        pipeline.stopHere();
        if (recorder != null) {
            long n = counts.notFinished();
            recorder.finish(RunStatus.INTERRUPTED, counts.snapshot(), "stopped by " + why + ": every thread annotated is "
                    + "stored, " + (n == 0 ? "none was in hand" : n + " in hand " + (n == 1 ? "was" : "were") + " dropped")
                    + "; run the same command again to resume");
        }
    }

    private static void finishQuietly(ThreadPipeline pipeline) {
        try {
            pipeline.drain(0);
            pipeline.commit();
        } catch (Exception ignored) {
            // the run's own failure is the one to report
        }
    }

    private static void recordFailure(RunRecorder recorder, RunCounter counts, Throwable e) {
        try {
            recorder.finish(RunStatus.FAILED, counts.snapshot(), e.getMessage() == null ? e.toString() : e.getMessage());
        } catch (Exception ignored) {
            // the run's own failure is the one to report; the next writer marks the run interrupted
        }
    }
}
