package org.threadlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.GeneratedThreads;
import org.threadlens.annotate.AnnotationException;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.FakeAnnotator;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;
import org.threadlens.export.jsonl.JsonlExporter;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Records;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.RunInfo;
import org.threadlens.store.RunStatus;

/**
 * A run stopped by a {@link RunStop} (what SIGINT and SIGTERM request at the command line): the threads
 * annotated are stored whole, those in hand are not, {@code --out} is not published, the run is recorded
 * interrupted with its counts, and the same run again finishes the job, skipping what was stored.
 */
class AnnotationRunStopTest {
    private static final int THREADS = 40;

    @TempDir
    Path dir;
    private Path input;
    /** What an uninterrupted run stores, by thread id. */
    private Map<String, AnnotatedThread> reference;

    @BeforeEach
    void uninterrupted() throws Exception {
        input = GeneratedThreads.write(dir.resolve("threads.txt"), THREADS, 5);
        try (CorpusStore store = CorpusStore.open(dir.resolve("reference.duckdb"))) {
            run(new FakeAnnotator(Records.ALL), store, null, RunStop.never());
            reference = stored(store);
        }
        assertEquals(THREADS, reference.size());
    }

    @Test
    void aStopStoresTheThreadsAnnotatedWholeDropsThoseInHandAndTheRerunFinishes() throws Exception {
        RunStop stop = new RunStop();
        Path db = dir.resolve("corpus.duckdb");
        Path out = dir.resolve("out.jsonl");
        RunResult stopped;
        try (CorpusStore store = CorpusStore.open(db);
             ExportWriter jsonl = new JsonlExporter().open(out.toString(), ExportOptions.defaults())) {
            // thread g7's title stops the run and never finishes: it is in hand when the stop is seen
            stopped = run(stoppingAt("g7/title", stop), store, jsonl, stop);
            Map<String, AnnotatedThread> kept = stored(store);
            assertTrue(stopped.stopped());
            assertEquals("SIGTEST", stopped.stoppedBy());
            assertFalse(kept.containsKey("g7"), "the thread in hand is not stored");
            assertTrue(stopped.threadsNotStored() >= 1);
            assertEquals(stopped.threads(), kept.size(), "every thread annotated is stored");
            kept.forEach((id, t) -> assertEquals(reference.get(id), t, "stored whole: " + id));

            RunInfo run = store.runs().get(0);
            assertEquals(RunStatus.INTERRUPTED, run.status());
            assertTrue(run.message().startsWith("stopped by SIGTEST: every thread annotated is stored, "), run.message());
            assertEquals(stopped.threads(), run.counts().threadsAnnotated());
            assertEquals(stopped.threads() + stopped.threadsNotStored(), run.counts().threadsRead());
        }
        assertEquals(List.of("corpus.duckdb", "reference.duckdb", "threads.txt"), files(),
                "--out is not published, and its temporary file is gone");

        try (CorpusStore store = CorpusStore.open(db)) {
            RunResult again = run(new FakeAnnotator(Records.ALL), store, null, RunStop.never());
            assertFalse(again.stopped());
            assertEquals(stopped.threads(), again.threadsDone(), "what the stopped run stored is skipped");
            assertEquals(THREADS - stopped.threads(), again.threads());
            assertEquals(reference, stored(store));
        }
    }

    @Test
    void aStopBeforeTheFirstThreadReadsNothingAndSaysSo() throws Exception {
        RunStop stop = new RunStop();
        assertTrue(stop.request("SIGTERM"));
        assertFalse(stop.request("SIGINT"), "the first request wins");
        try (CorpusStore store = CorpusStore.open(dir.resolve("corpus.duckdb"))) {
            RunResult r = run(new FakeAnnotator(Records.ALL), store, null, stop);
            assertEquals("SIGTERM", r.stoppedBy());
            assertEquals(0, r.threads());
            assertEquals(0, r.threadsNotStored());
            assertEquals(0, store.threadCount());
            RunInfo run = store.runs().get(0);
            assertEquals(RunStatus.INTERRUPTED, run.status());
            assertEquals("stopped by SIGTERM: every thread annotated is stored, none was in hand; run the same command "
                    + "again to resume", run.message());
        }
    }

    @Test
    void withoutAStopRequestARunEndsAsBefore() throws Exception {
        try (CorpusStore store = CorpusStore.open(dir.resolve("corpus.duckdb"))) {
            RunResult r = run(new FakeAnnotator(Records.ALL), store, null, new RunStop());
            assertFalse(r.stopped());
            assertEquals(THREADS, r.threads());
            assertEquals(RunStatus.COMPLETED, store.runs().get(0).status());
        }
    }

    private RunResult run(CommentAnnotator engine, CorpusStore store, ExportWriter out, RunStop stop) throws Exception {
        AnnotationRun run = new AnnotationRun(new AnnotationRun.Settings(InputSettings.of(List.of(input.toString())),
                Records.ALL, ThreadAnnotator.Options.defaults(), 2, store, out), () -> engine);
        return run.run(RunListener.NONE, stop);
    }

    private static Map<String, AnnotatedThread> stored(CorpusStore store) throws Exception {
        Map<String, AnnotatedThread> out = new LinkedHashMap<>();
        store.forEach(t -> out.put(t.thread().id(), t));
        return out;
    }

    private List<String> files() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The fake engine, except that one text requests the stop and then waits until its worker is interrupted. */
    private static FakeAnnotator stoppingAt(String stopAt, RunStop stop) {
        CountDownLatch never = new CountDownLatch(1);
        return new FakeAnnotator(Records.ALL, input -> {
            if (input.id().equals(stopAt)) {
                stop.request("SIGTEST");
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AnnotationException(input.id() + ": interrupted", e);
                }
            }
        });
    }
}
