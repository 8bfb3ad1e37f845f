package org.threadlens.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.threadlens.BuildInfo;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.RunCounts;
import org.threadlens.store.RunStart;
import org.threadlens.store.RunStatus;
import org.threadlens.store.StoreException;

/**
 * Keeps a run's row of the store's {@code runs} table current: its provenance when it starts (versions,
 * settings, every input file with its size and SHA-256), each engine and its models ({@link RunModels}) as
 * they open, its
 * counts every {@value #PROGRESS_SECONDS} seconds (so that a killed run still shows how far it got), and its
 * end. Driving thread only.
 */
final class RunRecorder {
    static final int PROGRESS_SECONDS = 5;
    private final CorpusStore store;
    private final int runId;
    private final String engineName;
    private long lastProgress = System.nanoTime();

    private RunRecorder(CorpusStore store, int runId, String engineName) {
        this.store = store;
        this.runId = runId;
        this.engineName = engineName;
    }

    static RunRecorder start(CorpusStore store, AnnotationRun.Settings settings) throws StoreException {
        AnnotationSettings s = settings.resume().settings();
        RunStart start = new RunStart(Instant.now(), settings.resume().command(),
                new RunStart.Versions(BuildInfo.threadLensVersion(), BuildInfo.coreNlpVersion(), BuildInfo.openNlpVersion(),
                        System.getProperty("java.version")),
                s.engine(), settings.layers(), s.json(), s.hash(), inputs(store, settings.input().inputs()));
        return new RunRecorder(store, store.startRun(start), s.engine());
    }

    int runId() {
        return runId;
    }

    void engineOpened(Annotators.Opened o) throws StoreException {
        var engine = o.annotator().engine();
        var info = o.annotator().info();
        store.recordEngine(runId, engine.layers(), info, RunModels.of(engineName, engine.layers(), info));
    }

    void progress(RunCounts counts) throws StoreException {
        long now = System.nanoTime();
        if (now - lastProgress >= PROGRESS_SECONDS * 1_000_000_000L) {
            lastProgress = now;
            store.updateRun(runId, RunStatus.RUNNING, counts, null);
        }
    }

    void finish(RunStatus status, RunCounts counts, String message) throws StoreException {
        store.updateRun(runId, status, counts, message);
    }

    /** The inputs as named, a directory as the regular files under it (sorted); unreadable ones without size or hash. */
    static List<RunStart.Input> inputs(CorpusStore store, List<String> names) {
        List<RunStart.Input> out = new ArrayList<>();
        for (String name : names) {
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        out.add(input(store, f.toString()));
                    }
                } catch (IOException e) {
                    out.add(new RunStart.Input(name, null, null));
                }
            } else {
                out.add(input(store, name));
            }
        }
        return out;
    }

    private static RunStart.Input input(CorpusStore store, String name) {
        Path p = Path.of(name);
        try {
            return new RunStart.Input(name, Files.size(p), store.sha256(p));
        } catch (IOException | StoreException e) {
            return new RunStart.Input(name, null, null);
        }
    }
}
