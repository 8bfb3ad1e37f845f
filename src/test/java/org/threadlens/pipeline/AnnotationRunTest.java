package org.threadlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.Fixtures.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.annotate.AnnotationException;
import org.threadlens.annotate.AnnotationFailure;
import org.threadlens.annotate.CommentAnnotator;
import org.threadlens.annotate.FakeAnnotator;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;
import org.threadlens.export.jsonl.JsonlExporter;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.Records;
import org.threadlens.store.CorpusStore;
import org.threadlens.thread.DiscussionThread;

class AnnotationRunTest {
    @TempDir
    Path dir;

    private final List<String> events = new ArrayList<>();
    private final RunListener recorder = new RunListener() {
        @Override
        public void threadDone(AnnotatedThread record) {
            events.add("done " + record.thread().id());
        }

        @Override
        public void threadSkipped(DiscussionThread thread) {
            events.add("skipped " + thread.id());
        }

        @Override
        public void inputFailed(String file, String message) {
            events.add("failed " + message);
        }

        @Override
        public void skipped(org.threadlens.read.ReadProblem problem) {
            events.add("problem " + problem);
        }

        @Override
        public void annotationFailed(AnnotationFailure failure) {
            events.add("not annotated " + failure.textId());
        }
    };

    private static String input(String name) {
        return fixture("reddit-text/" + name).toString();
    }

    private RunResult run(List<String> inputs, FakeAnnotator engine, CorpusStore store, ExportWriter out) throws Exception {
        AtomicInteger opened = new AtomicInteger();
        AnnotationRun run = new AnnotationRun(new AnnotationRun.Settings(InputSettings.of(inputs), Records.ALL, ThreadAnnotator.Options.defaults(), 2, store, out),
                () -> {
                    opened.incrementAndGet();
                    return engine;
                });
        RunResult r = run.run(recorder);
        assertTrue(opened.get() <= 1, "the engine is opened at most once");
        return r;
    }

    @Test
    void threadsAreStoredAndWrittenInInputOrderAndAThreadGivenTwiceOnce() throws Exception {
        Path out = dir.resolve("out.jsonl");
        FakeAnnotator engine = new FakeAnnotator(Records.ALL);
        try (CorpusStore store = CorpusStore.open(dir.resolve("s.duckdb"));
             ExportWriter jsonl = new JsonlExporter().open(out.toString(), ExportOptions.defaults())) {
            RunResult r = run(List.of(input("two-threads.txt"), input("multi-paragraph.txt")), engine, store, jsonl);
            assertEquals(2, r.threads());
            assertEquals(0, r.threadsDone());
            assertEquals(1, r.skippedRecords(), "the repeated thread is a skipped record: one record per thread");
            assertEquals(0, r.exitCode());
            assertEquals(2, store.threadCount());
        }
        assertEquals(List.of("done 1abcd2e", "done zz9yy8"), events.stream().filter(e -> e.startsWith("done ")).toList());
        assertEquals(1, events.stream().filter(e -> e.startsWith("problem ") && e.contains("multi-paragraph.txt: thread 1abcd2e"))
                .count(), events.toString());
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size(), "each thread written once");
    }

    @Test
    void deletedCommentsAreNotSentToTheEngine() throws Exception {
        FakeAnnotator engine = new FakeAnnotator(Records.ALL);
        List<AnnotatedThread> done = new ArrayList<>();
        AnnotationRun run = new AnnotationRun(new AnnotationRun.Settings(InputSettings.of(List.of(input("multi-paragraph.txt"))),
                Records.ALL, ThreadAnnotator.Options.defaults(), 1, null, null), () -> engine);
        run.run(new RunListener() {
            @Override
            public void threadDone(AnnotatedThread record) {
                done.add(record);
            }
        });
        assertEquals(4, engine.calls(), "title, post and two of three comments");
        AnnotatedThread t = done.get(0);
        assertTrue(t.annotationsOf(t.thread().comments().get(2)).sentences().isEmpty());
        assertNull(t.annotationsOf(t.thread().comments().get(2)).sentiment());
    }

    @Test
    void anUnreadableInputIsReportedAndTheOthersAreStillDone() throws Exception {
        RunResult r = run(List.of(input("bad-score.txt"), input("no-comments.txt")), new FakeAnnotator(Records.ALL), null, null);
        assertEquals(2, r.exitCode());
        assertEquals(1, r.failedInputs());
        assertTrue(events.get(0).startsWith("failed ") && events.get(0).contains("bad-score.txt:3"), events.get(0));
        assertEquals("done zz9yy8", events.get(1));
    }

    @Test
    void theEngineIsNeverOpenedWhenNoThreadIsRead() throws Exception {
        AnnotationRun run = new AnnotationRun(new AnnotationRun.Settings(InputSettings.of(List.of(input("bad-score.txt"))),
                Records.ALL, ThreadAnnotator.Options.defaults(), 1, null, null), () -> {
                    throw new AssertionError("must not load models");
                });
        assertEquals(2, run.run(recorder).exitCode());
    }

    @Test
    void aTextTheEngineFailsOnIsCountedAndKeepsEmptyAnnotations() throws Exception {
        Path file = dir.resolve("fail.txt");
        Files.writeString(file, Files.readString(fixture("reddit-text/no-comments.txt")).replace("Post Content:\n",
                "Post Content:\nThis will FAIL.\n"));
        RunResult r = run(List.of(file.toString()), new FakeAnnotator(Records.ALL), null, null);
        assertEquals(1, r.annotationFailures());
        assertEquals(0, r.exitCode());
        assertTrue(events.contains("not annotated zz9yy8"), events.toString());
    }

    @Test
    void aFinishedThreadIsCommittedAndReportedWhileALaterOneIsStillBeingAnnotated() throws Exception {
        // The second thread's annotation cannot finish until the listener has heard that the first is done
        // (so stored): a writer that held finished threads uncommitted while it waited would never get there.
        CountDownLatch firstDone = new CountDownLatch(1);
        CommentAnnotator engine = new FakeAnnotator(Records.ALL, input -> {
            if (input.text().plain().contains("Link post")) {
                try {
                    assertTrue(firstDone.await(30, TimeUnit.SECONDS), "the first thread was never reported stored");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AnnotationException("interrupted", e);
                }
            }
        });
        RunListener listener = new RunListener() {
            @Override
            public void threadDone(AnnotatedThread record) {
                events.add("done " + record.thread().id());
                firstDone.countDown();
            }
        };
        try (CorpusStore store = CorpusStore.open(dir.resolve("s.duckdb"))) {
            RunResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new AnnotationRun(new AnnotationRun.Settings(
                    InputSettings.of(List.of(input("two-threads.txt"))), Records.ALL, ThreadAnnotator.Options.defaults(), 2, store,
                    null), () -> engine).run(listener));
            assertEquals(2, r.threads());
            assertEquals(0, r.annotationFailures());
            assertEquals(2, store.threadCount());
        }
        assertEquals(List.of("done 1abcd2e", "done zz9yy8"), events);
    }
}
