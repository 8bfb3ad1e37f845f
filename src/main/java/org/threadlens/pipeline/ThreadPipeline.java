package org.threadlens.pipeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.threadlens.analyze.ThreadSummarizer;
import org.threadlens.annotate.AnnotationFailure;
import org.threadlens.annotate.ThreadAnnotations;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.StoreException;
import org.threadlens.store.ThreadFingerprint;
import org.threadlens.store.ThreadStamp;
import org.threadlens.thread.DiscussionThread;

/**
 * Threads in flight, finished in input order by the driving thread: each thread read is planned (skipped as
 * done, or annotated with some layers), annotated on the pool, then analyzed, stored and written. At most
 * {@code maxComments} comments are in flight, so memory does not grow with the input.
 *
 * <p>Commits: each finished thread is written into the store's open transaction, which is committed once its
 * oldest thread has waited {@value #COMMIT_MILLIS} ms, and at the end. When the driving thread must wait for
 * a thread still being annotated, it waits only until then and commits, so a finished thread is never held
 * uncommitted behind a slow one for longer. A commit costs about 2.5 ms of CPU whatever it holds (measured:
 * 195 threads committed one by one took 0.48 s, in commits of ten 0.09 s), CPU the annotating workers
 * would otherwise have; committing before every wait made it one commit per thread. A thread is stored whole
 * or not at all. Listeners hear of a thread once it is committed, so what was reported done is stored.
 *
 * <p>A thread whose platform and id are already in flight waits for that copy to be stored before it is
 * planned, so that a thread repeated in the input is planned against what the first copy stored.
 *
 * <p>Stopping: every wait for a thread being annotated looks at the {@link RunStop} every
 * {@value RunStop#POLL_MILLIS} ms and gives up once a stop is requested; {@link #stopHere()} then stores the
 * threads already annotated and drops the others (each thread is stored whole or not at all).
 */
final class ThreadPipeline {
    /** Longest a finished thread waits for its commit while the pipeline keeps flowing. */
    static final long COMMIT_MILLIS = 200;

    /** A thread in flight: being annotated, or skipped (annotations null). */
    private record Pending(DiscussionThread thread, String key, CompletableFuture<ThreadAnnotations> annotations,
                           Annotators.Opened annotator, ThreadStamp stamp) {
        boolean isDone() {
            return annotations == null || annotations.isDone();
        }
    }

    private final AnnotationRun.Settings settings;
    private final ExecutorService pool;
    private final RunListener listener;
    private final Annotators annotators;
    private final RunRecorder recorder;
    private final RunCounter counts;
    private final RunStop stop;
    private final long maxComments;
    private final String settingsHash;
    private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();
    private final Map<String, Integer> keysInFlight = new HashMap<>();
    private long commentsInFlight;
    /** Listener events of threads written but not yet committed, in order. */
    private final List<Runnable> uncommitted = new ArrayList<>();
    private long batchStarted;

    /** @param recorder nullable: null when the run writes no store */
    ThreadPipeline(AnnotationRun.Settings settings, ExecutorService pool, RunListener listener, Annotators annotators,
                   RunRecorder recorder, RunCounter counts, RunStop stop, long maxComments) {
        this.settings = settings;
        this.pool = pool;
        this.listener = listener;
        this.annotators = annotators;
        this.recorder = recorder;
        this.counts = counts;
        this.stop = stop;
        this.maxComments = maxComments;
        this.settingsHash = settings.resume().settings().hash();
    }

    void submit(DiscussionThread t) throws Exception {
        counts.read(t);
        String key = t.platform() + '\u0000' + t.id();
        CorpusStore store = settings.store();
        ResumePlan plan;
        ThreadStamp stamp = null;
        if (store == null) {
            plan = new ResumePlan(false, settings.layers(), null);
        } else {
            while (keysInFlight.containsKey(key)) {
                if (!finishOldest()) {
                    return; // stopping: this thread is read, never planned
                }
            }
            String content = ThreadFingerprint.of(t);
            plan = ResumePlan.of(store.stored(t.platform(), t.id()).orElse(null), content, settingsHash, settings.layers(),
                    settings.resume().reannotate());
            stamp = new ThreadStamp(recorder.runId(), content, settingsHash);
        }
        keysInFlight.merge(key, 1, Integer::sum);
        if (plan.skip()) {
            inFlight.add(new Pending(t, key, null, null, null));
        } else {
            if (plan.reason() != null) {
                counts.reannotated(plan.reason());
                listener.threadReannotated(t, plan.reason());
            }
            Annotators.Opened a = annotators.forLayers(plan.layers());
            inFlight.add(new Pending(t, key, a.annotator().annotate(t, pool), a, stamp));
            commentsInFlight += t.comments().size();
        }
        drain(maxComments);
    }

    /**
     * Finishes threads, oldest first, until at most {@code max} comments are in flight, or until a stop is
     * requested while it waits.
     */
    void drain(long max) throws Exception {
        while (!inFlight.isEmpty() && (commentsInFlight > max || inFlight.peek().isDone())) {
            if (!finishOldest()) {
                return;
            }
        }
        if (!uncommitted.isEmpty() && System.nanoTime() - batchStarted >= COMMIT_MILLIS * 1_000_000) {
            commit();
        }
    }

    /** Stores what is written and tells the listener of those threads. */
    void commit() throws Exception {
        if (settings.store() != null) {
            settings.store().commit();
        }
        for (Runnable event : uncommitted) {
            event.run();
        }
        uncommitted.clear();
    }

    /** Whether no thread is in flight. */
    boolean idle() {
        return inFlight.isEmpty();
    }

    /**
     * After a stop request: finishes the threads already annotated (in input order), commits them, and drops
     * those still being annotated, which are neither stored nor written. Storing a finished thread behind an
     * unfinished one breaks input order only in the store's order of storing, which no contract fixes.
     */
    void stopHere() throws Exception {
        for (Pending p = inFlight.poll(); p != null; p = inFlight.poll()) {
            if (p.isDone()) {
                finish(p);
            } else {
                p.annotations().cancel(false); // its queued texts go when the run shuts its pool down
            }
        }
        commit();
        keysInFlight.clear();
        commentsInFlight = 0;
    }

    /**
     * Finishes the oldest thread in flight. If it is still being annotated, waits for it while the written
     * threads may still wait for their commit, then commits them and waits on.
     *
     * @return false, having finished nothing, if a stop was requested while the oldest was being annotated
     */
    private boolean finishOldest() throws Exception {
        Pending oldest = inFlight.peek();
        if (!oldest.isDone() && !uncommitted.isEmpty()) {
            long left = COMMIT_MILLIS * 1_000_000 - (System.nanoTime() - batchStarted);
            if (left <= 0 || !completesWithin(oldest.annotations(), left)) {
                commit();
            }
        }
        // while the oldest thread is still being annotated: stop if asked; with nothing left to commit the store
        // is idle, and readers waiting for it may have it meanwhile rather than until the next commit
        while (!oldest.isDone()) {
            if (stop.requested()) {
                return false;
            }
            if (!completesWithin(oldest.annotations(), RunStop.POLL_MILLIS * 1_000_000) && settings.store() != null
                    && uncommitted.isEmpty()) {
                settings.store().offerToReaders();
            }
        }
        finish(inFlight.poll());
        return true;
    }

    /** Whether {@code f} completes (normally or not) within {@code nanos}. */
    private static boolean completesWithin(CompletableFuture<?> f, long nanos) throws InterruptedException {
        try {
            f.get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException | CancellationException e) {
            return true; // finish() reports it
        }
    }

    /** Tells the listener now, or (with a store) once the thread is committed. */
    private void tell(Runnable event) {
        if (settings.store() == null) {
            event.run();
            return;
        }
        if (uncommitted.isEmpty()) {
            batchStarted = System.nanoTime();
        }
        uncommitted.add(event);
    }

    private void finish(Pending p) throws Exception {
        keysInFlight.computeIfPresent(p.key(), (k, n) -> n == 1 ? null : n - 1);
        if (p.annotations() == null) {
            skip(p.thread());
        } else {
            annotated(p);
        }
        if (recorder != null) {
            recorder.progress(counts.snapshot());
        }
    }

    private void skip(DiscussionThread t) throws Exception {
        if (settings.out() != null) {
            AnnotatedThread stored = settings.store().get(t.platform(), t.id()).orElseThrow(() -> new StoreException(
                    settings.store().file() + ": thread " + t.id() + " vanished while the run was writing", null));
            settings.out().write(stored);
        }
        counts.skipped(t);
        tell(() -> listener.threadSkipped(t));
    }

    private void annotated(Pending p) throws Exception {
        ThreadAnnotations raw = p.annotations().join();
        commentsInFlight -= raw.thread().comments().size();
        for (AnnotationFailure f : raw.failures()) {
            listener.annotationFailed(f);
        }
        ThreadAnnotations rolled = ThreadSummarizer.rollUpComments(raw);
        AnnotatedThread record = AnnotatedThread.of(rolled, ThreadSummarizer.summarize(rolled), p.annotator().provenance());
        if (settings.store() != null) {
            settings.store().write(record, p.stamp());
        }
        if (settings.out() != null) {
            settings.out().write(record);
        }
        counts.annotated(raw.thread(), raw.failures().size());
        tell(() -> listener.threadDone(record));
    }
}
