package org.threadlens.pipeline;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.Utf8Lines;
import org.threadlens.record.RecordFile;
import org.threadlens.record.RecordLines;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.RunStatus;
import org.threadlens.store.StoreException;

/**
 * Stores annotated records as they are ({@code threadlens import}): no model is loaded, no text annotated. Records
 * come from JSONL files (any compression), Spark's output directories (part files) and Spark's Parquet (its
 * {@code record} column) ({@link RecordFile}); each keeps the provenance it carries, and its thread is stamped
 * with the record's settings hash, so that a later {@code annotate} with the same settings skips it.
 *
 * <p>The driving thread reads each input's records and hands them to {@code threads} workers that parse them
 * ({@link ParseWindow}); the parsed records are planned against the store ({@link ImportPlan}: new, already stored,
 * or in conflict) and stored by the driving thread in input order, {@value RecordImporter#BATCH} threads to a
 * transaction ({@link RecordImporter}). Bad records are counted and named, as in {@code annotate}; an input that
 * is not records is refused, named, and the others are read. The run is recorded in the store's {@code runs} table
 * (status, counts, inputs with size and SHA-256, the engines the records carry).
 */
public final class ImportRun {
    /** The {@code runs.engine} of an import: it runs no engine; those of its records are in {@code run_engines}. */
    static final String ENGINE = "import";
    /** Conflicting threads named in the result; the rest are counted. */
    public static final int NAMED_CONFLICTS = 5;
    /** Records parsed ahead per worker, at most. */
    static final int AHEAD_PER_WORKER = 32;

    /**
     * What to import.
     *
     * @param inputs  files and directories as the user named them
     * @param store   the store to write
     * @param replace whether a record replaces a conflicting version of its thread in the store
     * @param strict  whether the first unreadable record or input stops the run
     * @param threads workers parsing records, at least 1
     * @param command the command line, for the store's {@code runs} table
     */
    public record Settings(List<String> inputs, CorpusStore store, boolean replace, boolean strict, int threads,
                           String command) {
        public Settings {
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(command, "command");
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
            }
        }
    }

    private final Settings settings;

    public ImportRun(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Imports every input. In strict mode the first problem stops the run: the threads before it are stored, the
     * run is marked failed, and its {@link InputFormatException} is thrown.
     */
    public ImportResult run(ImportListener listener) throws Exception {
        return run(listener, RunStop.never());
    }

    /**
     * As {@link #run(ImportListener)}, stopping when {@code stop} is requested: no record is read after it, the
     * records read before it are stored (each thread whole), and the run is marked interrupted. The result says
     * so ({@link ImportResult#stoppedBy()}); importing again resumes (what is stored is skipped).
     */
    public ImportResult run(ImportListener listener, RunStop stop) throws Exception {
        long start = System.nanoTime();
        ReadProblems problems = new ReadProblems(settings.strict(), listener);
        RecordImporter importer = RecordImporter.start(settings, problems, listener);
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), WorkerThreads.named("import"));
        ParseWindow window = new ParseWindow(pool, importer, problems, settings.threads() * AHEAD_PER_WORKER);
        int files = 0;
        try {
            inputs:
            for (String name : settings.inputs()) {
                for (InputFile f : filesNamedBy(name, problems)) {
                    files++;
                    if (!importFile(f, window, problems, stop)) {
                        break inputs;
                    }
                }
            }
            window.drainAll();
            importer.commit();
            importer.finish(stop.requested() ? RunStatus.INTERRUPTED : RunStatus.COMPLETED,
                    stop.requested() ? "stopped by " + stop.reason() : null);
        } catch (Exception | Error e) {
            recordFailure(importer, e);
            throw e;
        } finally {
            pool.shutdownNow();
        }
        return importer.result(settings.inputs().size(), files, (System.nanoTime() - start) / 1e9, stop.reason());
    }

    /** The files a name stands for; none, reported, if it cannot be opened. */
    private static List<InputFile> filesNamedBy(String name, ReadProblems problems) throws InputFormatException {
        try {
            return RecordFile.filesNamedBy(name);
        } catch (NoSuchFileException e) {
            problems.inputFailed(new InputFormatException(name, 0, e.getReason() == null ? "no such file" : e.getReason()));
        } catch (InputFormatException e) {
            problems.inputFailed(e);
        } catch (IOException e) {
            problems.inputFailed(InputFormatException.brokenOff(name, 0, e));
        }
        return List.of();
    }

    /**
     * Hands every record of a file to the window; a file that is not records, or breaks off, is reported. False
     * if a stop was requested before the file's end.
     */
    private static boolean importFile(InputFile f, ParseWindow window, ReadProblems problems, RunStop stop)
            throws Exception {
        RecordLines lines;
        try {
            lines = RecordFile.of(f).open();
        } catch (InputFormatException e) {
            problems.inputFailed(e);
            return true;
        } catch (IOException e) {
            problems.inputFailed(InputFormatException.brokenOff(f.name(), 0, e));
            return true;
        }
        try (lines) {
            for (String json = next(lines, f, window); json != null; json = next(lines, f, window)) {
                if (stop.requested()) {
                    return false;
                }
                window.submit(f.name(), lines.position(), json);
            }
        } catch (IOException e) {
            window.drainAll();
            problems.inputFailed(InputFormatException.brokenOff(f.name(), lines.position(), e));
        }
        return true;
    }

    /** The next record's JSON, a line that is not text handed to the window as a bad record; null at the end. */
    private static String next(RecordLines lines, InputFile f, ParseWindow window) throws Exception {
        while (true) {
            try {
                return lines.next();
            } catch (Utf8Lines.BadLineException e) {
                window.bad(f.name(), e.line(), e.getMessage());
            }
        }
    }

    /**
     * Stores what was parsed before a failure elsewhere (a bad record in strict mode) and marks the run failed.
     * After a store failure what was uncommitted is already rolled back.
     */
    private static void recordFailure(RecordImporter importer, Throwable e) {
        try {
            if (!(e instanceof StoreException)) {
                importer.commit();
            }
            importer.finish(RunStatus.FAILED, e.getMessage() == null ? e.toString() : e.getMessage());
        } catch (Exception again) {
            e.addSuppressed(again);
        }
    }
}
