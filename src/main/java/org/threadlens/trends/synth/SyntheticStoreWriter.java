package org.threadlens.trends.synth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.threadlens.BuildInfo;
import org.threadlens.annotate.EngineInfo;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.RunCounts;
import org.threadlens.store.RunStart;
import org.threadlens.store.RunStatus;
import org.threadlens.store.StoreException;
import org.threadlens.store.ThreadFingerprint;
import org.threadlens.store.ThreadStamp;

/**
 * Writes a {@link SyntheticCorpus} into a store as one run (engine {@code synthetic}, its settings the spec's),
 * so that {@code threadlens stats} shows where the threads came from. Threads are built by worker threads a
 * bounded window ahead of the writer and stored in their order, {@value #BATCH} to a transaction (committing
 * each thread alone costs a DuckDB commit per thread). Use from one thread.
 */
public final class SyntheticStoreWriter {
    /** Threads per transaction. */
    static final int BATCH = 200;
    /** Threads built ahead of the writer, at most (bounds the memory held). */
    static final int AHEAD = 64;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Told of the texts stored so far, after each commit. */
    @FunctionalInterface
    public interface Progress {
        void stored(int threads, long comments);
    }

    /** What was written: threads, texts (posts included), and the run that wrote them. */
    public record Written(int threads, long comments, int runId) {
    }

    private final CorpusStore store;
    private final int workers;

    /** @param workers threads that build records beside the writer, at least 1 */
    public SyntheticStoreWriter(CorpusStore store, int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers is " + workers + ": at least 1 expected");
        }
        this.store = store;
        this.workers = workers;
    }

    /**
     * Stores every thread of the corpus, replacing threads of the same ids.
     *
     * @param command the command line, recorded with the run
     * @throws StoreException if the store fails; the run is then marked failed, and the threads of the open batch
     *                        are not stored
     */
    public Written write(SyntheticCorpus corpus, String command, Progress progress) throws StoreException {
        EngineInfo engine = corpus.provenance().engine();
        int runId = store.startRun(new RunStart(Instant.now(), command, new RunStart.Versions(BuildInfo.threadLensVersion(),
                BuildInfo.coreNlpVersion(), BuildInfo.openNlpVersion(), System.getProperty("java.version")),
                engine.engine(), SyntheticText.LAYERS, settingsJson(engine), engine.configHash(), List.of()));
        store.recordEngine(runId, SyntheticText.LAYERS, engine, List.of());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "synth-builder");
            t.setDaemon(true);
            return t;
        });
        int written = 0;
        long texts = 0;
        Written stored = new Written(0, 0, runId);
        try {
            Deque<Future<AnnotatedThread>> ahead = new ArrayDeque<>();
            int next = 0;
            while (written < corpus.threads()) {
                while (ahead.size() < AHEAD && next < corpus.threads()) {
                    int index = next++;
                    ahead.add(pool.submit(() -> corpus.thread(index)));
                }
                AnnotatedThread record = get(ahead.poll());
                store.write(record, new ThreadStamp(runId, ThreadFingerprint.of(record.thread()), engine.configHash()));
                written++;
                texts += record.thread().comments().size();
                if (written % BATCH == 0 || written == corpus.threads()) {
                    store.commit();
                    stored = new Written(written, texts, runId);
                    progress.stored(written, texts);
                }
            }
        } catch (StoreException | RuntimeException e) {
            markFailed(runId, stored, e);
            throw e;
        } finally {
            pool.shutdownNow();
        }
        store.updateRun(runId, RunStatus.COMPLETED, counts(stored), null);
        return stored;
    }

    /** Records the run as failed, with what was committed; a failure to do so is added to {@code e}. */
    private void markFailed(int runId, Written stored, Exception e) {
        try {
            store.updateRun(runId, RunStatus.FAILED, counts(stored), e.getMessage());
        } catch (StoreException | RuntimeException again) {
            e.addSuppressed(again);
        }
    }

    private static AnnotatedThread get(Future<AnnotatedThread> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building a synthetic thread", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("building a synthetic thread failed: " + e.getCause(), e.getCause());
        }
    }

    private static RunCounts counts(Written w) {
        return new RunCounts(w.threads(), 0, w.threads(), w.comments(), w.comments(), 0, 0, 0);
    }

    private static String settingsJson(EngineInfo engine) {
        try {
            return JSON.writeValueAsString(engine.settings());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings of " + engine.engine() + " are not JSON", e);
        }
    }
}
