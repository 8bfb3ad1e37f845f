package org.threadlens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.GeneratedThreads;
import org.threadlens.annotate.FakeAnnotator;
import org.threadlens.annotate.Layer;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;
import org.threadlens.export.jsonl.JsonlExporter;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.RunInfo;
import org.threadlens.store.RunStatus;
import org.threadlens.store.StoreException;
import org.threadlens.thread.DiscussionThread;

/** Runs over a store that already holds threads: idempotent, incremental, recorded in {@code runs}. */
class ResumeTest {
    private static final Set<Layer> SENTENCES = Layer.parseList("sentences");
    private static final Set<Layer> ALL = Layer.parseList("sentences,entities,sentiment");
    private static final AnnotationSettings DEFAULTS = settings(Map.of());

    @TempDir
    Path dir;

    private final List<FakeAnnotator> engines = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private final RunListener recorder = new RunListener() {
        @Override
        public void threadDone(AnnotatedThread record) {
            events.add("annotated " + record.thread().id());
        }

        @Override
        public void threadSkipped(DiscussionThread thread) {
            events.add("skipped " + thread.id());
        }

        @Override
        public void threadReannotated(DiscussionThread thread, String reason) {
            events.add("again " + thread.id() + ": " + reason);
        }
    };

    private static AnnotationSettings settings(Map<String, String> engineSettings) {
        return new AnnotationSettings("fake", new TreeMap<>(engineSettings), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    }

    private Path input(int threads) throws Exception {
        return GeneratedThreads.write(dir.resolve("threads-" + threads + ".txt"), threads, 4);
    }

    /** One run of the fake engine over {@code inputs} into {@code s.duckdb}; events and engines start afresh. */
    private RunResult annotate(Set<Layer> layers, AnnotationSettings settings, boolean reannotate, Path out, Path... inputs)
            throws Exception {
        events.clear();
        engines.clear();
        List<String> names = java.util.Arrays.stream(inputs).map(Path::toString).toList();
        try (CorpusStore store = CorpusStore.open(dir.resolve("s.duckdb"));
             ExportWriter jsonl = out == null ? null : new JsonlExporter().open(out.toString(), new ExportOptions(true, true))) {
            AnnotationRun run = new AnnotationRun(new AnnotationRun.Settings(InputSettings.of(names), layers,
                    ThreadAnnotator.Options.defaults(), 2, store, jsonl, new AnnotationRun.Resume(settings, reannotate, "test")),
                    l -> {
                        FakeAnnotator engine = new FakeAnnotator(l);
                        engines.add(engine);
                        return new ThreadAnnotator(engine, ThreadAnnotator.Options.defaults());
                    });
            return run.run(recorder);
        }
    }

    private int engineCalls() {
        return engines.stream().mapToInt(FakeAnnotator::calls).sum();
    }

    private List<AnnotatedThread> stored() throws Exception {
        List<AnnotatedThread> out = new ArrayList<>();
        try (CorpusStore store = CorpusStore.openExisting(dir.resolve("s.duckdb"))) {
            store.forEach(out::add);
        }
        return out;
    }

    private List<RunInfo> runs() throws StoreException {
        try (CorpusStore store = CorpusStore.openExisting(dir.resolve("s.duckdb"))) {
            return store.runs();
        }
    }

    @Test
    void runningAgainOnTheSameInputWithTheSameSettingsDoesNoNlpWork() throws Exception {
        Path in = input(6);
        RunResult first = annotate(ALL, DEFAULTS, false, null, in);
        assertEquals(6, first.threads());
        List<AnnotatedThread> before = stored();

        RunResult second = annotate(ALL, DEFAULTS, false, null, in);
        assertEquals(0, second.threads());
        assertEquals(6, second.threadsDone());
        assertEquals(0, engineCalls());
        assertTrue(engines.isEmpty(), "no engine was even opened");
        assertEquals(List.of("skipped g0", "skipped g1", "skipped g2", "skipped g3", "skipped g4", "skipped g5"), events);
        assertEquals(before, stored());
        RunInfo run2 = runs().get(1);
        assertEquals(RunStatus.COMPLETED, run2.status());
        assertEquals(6, run2.counts().threadsSkipped());
        assertEquals(0, run2.counts().threadsAnnotated());
        assertEquals(6, runs().get(0).threadsStored(), "the stored annotations are still the first run's");
    }

    @Test
    void askingForLayersNotStoredYetAnnotatesOnlyTheThreadsThatLackThem() throws Exception {
        Path old = input(3);
        annotate(SENTENCES, DEFAULTS, false, null, old);
        Path more = GeneratedThreads.write(dir.resolve("more.txt"), 5, 4);   // g0..g2 again, and g3, g4 new

        RunResult r = annotate(ALL, DEFAULTS, false, null, more);
        assertEquals(5, r.threads());
        assertEquals(List.of("again g0: lacked entities,sentiment", "again g1: lacked entities,sentiment",
                "again g2: lacked entities,sentiment", "annotated g0", "annotated g1", "annotated g2", "annotated g3",
                "annotated g4"), events.stream().sorted().toList());
        for (AnnotatedThread t : stored()) {
            assertEquals("sentences,tokens,entities,sentiment", t.provenance().layers(), t.thread().id());
        }
        assertEquals(Map.of("lacked entities,sentiment", 3L), runs().get(1).counts().reannotated(), "recorded in runs");

        RunResult sentencesOnly = annotate(SENTENCES, DEFAULTS, false, null, more);
        assertEquals(5, sentencesOnly.threadsDone(), "more layers than asked for is done");
        assertEquals(0, engineCalls());
    }

    @Test
    void aThreadAnnotatedAgainKeepsTheLayersItHad() throws Exception {
        Path in = input(2);
        annotate(ALL, DEFAULTS, false, null, in);
        annotate(SENTENCES, settings(Map.of("ner.applyFineGrained", "true")), false, null, in);
        assertEquals(List.of("again g0: other settings", "again g1: other settings", "annotated g0", "annotated g1"),
                events.stream().sorted().toList());
        assertEquals(1, engines.size());
        assertEquals(ALL, engines.get(0).layers(), "sentences asked for, entities and sentiment kept");
        assertEquals(2, runs().get(1).threadsStored());
        assertEquals(0, runs().get(0).threadsStored());
    }

    @Test
    void aThreadWhoseContentChangedIsAnnotatedAgainAndTheOthersAreSkipped() throws Exception {
        Path in = input(3);
        annotate(ALL, DEFAULTS, false, null, in);
        Files.writeString(in, Files.readString(in).replace("Generated thread 1 about", "Generated thread 1, edited, about"));

        annotate(ALL, DEFAULTS, false, null, in);
        assertEquals(List.of("skipped g0", "annotated g1", "skipped g2"),
                events.stream().filter(e -> !e.startsWith("again")).toList(), "in input order");
        assertEquals(List.of("again g1: content changed"), events.stream().filter(e -> e.startsWith("again")).toList());
        assertEquals(List.of("g0", "g2", "g1"), stored().stream().map(t -> t.thread().id()).toList(),
                "a thread stored again moves to the end");
    }

    @Test
    void reannotateAnnotatesEverythingAgain() throws Exception {
        Path in = input(2);
        annotate(ALL, DEFAULTS, false, null, in);
        RunResult r = annotate(ALL, DEFAULTS, true, null, in);
        assertEquals(2, r.threads());
        assertEquals(List.of("again g0: --reannotate", "again g1: --reannotate", "annotated g0", "annotated g1"),
                events.stream().sorted().toList());
    }

    @Test
    void outGetsSkippedThreadsFromTheStoreAsTheyWereStored() throws Exception {
        Path in = input(4);
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");
        annotate(ALL, DEFAULTS, false, first, in);
        annotate(ALL, DEFAULTS, false, second, in);
        assertEquals(0, engineCalls());
        assertEquals(Files.readAllLines(first), Files.readAllLines(second), "tokens included");
    }

    @Test
    void theRunRecordsItsInputsSettingsAndEngines() throws Exception {
        Path in = input(2);
        RunResult r = annotate(SENTENCES, DEFAULTS, false, null, in);
        RunInfo run = runs().get(0);
        assertEquals(r.runId(), run.runId());
        assertEquals(List.of("sentences", "tokens"), run.layers());
        assertEquals(DEFAULTS.hash(), run.settingsHash());
        assertEquals(DEFAULTS.json(), run.settingsJson().replace(" ", ""));
        assertEquals(1, run.inputs().size());
        assertEquals(in.toString(), run.inputs().get(0).path());
        assertEquals(Files.size(in), run.inputs().get(0).size());
        assertEquals(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(in))), run.inputs().get(0).sha256());
        assertEquals(1, run.engines().size());
        assertEquals("fake", run.engines().get(0).engine());
        assertEquals(List.of(), run.models(), "sentences use no model file");
        assertEquals(new org.threadlens.store.RunCounts(2, 0, 2, r.comments(), r.comments(), 0, 0, 0), run.counts());
        assertTrue(run.endedAt() != null);
        assertNull(run.message());
    }

    @Test
    void aRunThatFailsIsRecordedFailedWithItsMessage() throws Exception {
        Path in = input(2);
        try (CorpusStore store = CorpusStore.open(dir.resolve("s.duckdb"))) {
            AnnotationRun run = new AnnotationRun(new AnnotationRun.Settings(InputSettings.of(List.of(in.toString())), ALL,
                    ThreadAnnotator.Options.defaults(), 1, store, null, new AnnotationRun.Resume(DEFAULTS, false, "test")),
                    l -> {
                        throw new IllegalStateException("no models here");
                    });
            org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> run.run(RunListener.NONE));
        }
        RunInfo failed = runs().get(0);
        assertEquals(RunStatus.FAILED, failed.status());
        assertEquals("no models here", failed.message());
        assertEquals(1, failed.counts().threadsRead(), "the first thread was read, then the engine failed");
    }

    @Test
    void aRunStoppedByABadRecordKeepsTheThreadsFinishedBeforeItAndIsRecordedFailed() throws Exception {
        Path in = input(3);
        Files.writeString(in, Files.readString(in) + Files.readString(org.threadlens.Fixtures.fixture("reddit-text/bad-score.txt")));
        try (CorpusStore store = CorpusStore.open(dir.resolve("s.duckdb"))) {
            AnnotationRun run = new AnnotationRun(new AnnotationRun.Settings(
                    new InputSettings(List.of(in.toString()), null, org.threadlens.read.ReadOptions.defaults(), true), ALL,
                    ThreadAnnotator.Options.defaults(), 1, store, null, new AnnotationRun.Resume(DEFAULTS, false, "test")),
                    l -> new ThreadAnnotator(new FakeAnnotator(l), ThreadAnnotator.Options.defaults()));
            org.junit.jupiter.api.Assertions.assertThrows(org.threadlens.read.InputFormatException.class,
                    () -> run.run(recorder));
        }
        assertEquals(List.of("g0", "g1", "g2"), stored().stream().map(t -> t.thread().id()).toList());
        assertEquals(List.of("annotated g0", "annotated g1", "annotated g2"), events, "each reported once stored");
        RunInfo failed = runs().get(0);
        assertEquals(RunStatus.FAILED, failed.status());
        assertTrue(failed.message().contains("expected 'Score: <integer>'"), failed.message());
        assertEquals(3, failed.threadsStored());
    }

    @Test
    void theContentHashIgnoresWhereTheThreadWasReadFrom() throws Exception {
        Path in = input(2);
        annotate(ALL, DEFAULTS, false, null, in);
        Path moved = Files.copy(in, dir.resolve("moved.txt"));
        RunResult r = annotate(ALL, DEFAULTS, false, null, moved);
        assertEquals(2, r.threadsDone());
        assertEquals(in.toString(), stored().get(0).thread().source().file(), "the record keeps where it was annotated from");
    }
}
