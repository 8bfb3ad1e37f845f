package org.threadlens.cli;

import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.threadlens.pipeline.ImportListener;
import org.threadlens.pipeline.ImportResult;
import org.threadlens.pipeline.ImportRun;
import org.threadlens.read.InputFile;
import org.threadlens.read.ReadProblem;
import org.threadlens.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code threadlens import}: annotated records into the store as they are (no NLP). A command of its own rather
 * than {@code annotate} recognising records: {@code annotate}'s options (engine, layers, profile) would mean
 * nothing to records annotated elsewhere, and its promise (what is stored was annotated with these settings) is
 * not an import's, whose threads keep the settings they came with.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Store annotated ThreadLens records as they are, no model loaded, no NLP: JSONL of annotate --out or "
                + "export --to jsonl (any compression), or a Spark job's --out (part files) or --parquet directory. "
                + "Threads the store holds with the same content and settings are skipped; another version is kept and "
                + "reported as a conflict.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Record files or directories (a directory stands for "
            + "the files in it; Spark's _SUCCESS, .crc and provenance files are passed over).")
    List<String> inputs = List.of();

    @Option(names = "--db", paramLabel = "FILE", defaultValue = CorpusStore.DEFAULT_FILE,
            description = "The DuckDB store to write (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--replace", description = "Store records over the version of their thread the store holds when it "
            + "differs (content, settings or layers), instead of keeping it and reporting the conflict.")
    boolean replace;

    @Option(names = "--strict", description = "Stop at the first unreadable record or input (exit 2) instead of skipping it.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "Workers parsing records (default: the number of cores).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        for (String name : inputs) {
            try {
                InputFile.of(name);
            } catch (NoSuchFileException e) {
                throw new UserException(name + ": " + e.getReason(), ExitCodes.BAD_INPUT);
            }
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new UserException("--threads must be at least 1, got " + workers, ExitCodes.BAD_INPUT);
        }
        Console console = new Console(System.err, Progress.stderrIsTerminal());
        try (Interrupts interrupts = Interrupts.install(System.err::println);
             CorpusStore store = CorpusStore.open(db)) {
            ImportResult r = new ImportRun(new ImportRun.Settings(inputs, store, replace, strict, workers, commandLine()))
                    .run(console, interrupts.stop());
            console.clear();
            report(r, System.err);
            if (r.stoppedBy() != null) {
                System.err.printf(Locale.ROOT, "interrupted (%s): %d threads stored in %s (run %d); run the same command "
                        + "again to resume (stored threads are skipped)%n", r.stoppedBy(), r.threadsStored(), db, r.runId());
                return interrupts.exitCode();
            }
            return r.exitCode();
        }
    }

    private void report(ImportResult r, PrintStream err) {
        if (r.conflicts() > 0) {
            long more = r.conflicts() - r.conflictIds().size();
            err.println("conflicting, kept as stored (--replace to replace them): " + String.join(", ", r.conflictIds())
                    + (more > 0 ? " and " + more + " more" : ""));
        }
        if (!r.replaced().isEmpty()) {
            List<String> parts = new ArrayList<>();
            r.replaced().forEach((reason, n) -> parts.add(n + " " + reason));
            err.println("replaced (stored threads): " + String.join("; ", parts));
        }
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "imported %d thread%s (%d texts%s) from %d file%s in %.1f s (%,.0f comments/s)",
                r.threadsStored(), r.threadsStored() == 1 ? "" : "s", r.commentsStored(),
                r.structureOnly() > 0 ? "; " + r.structureOnly() + " structure only, without annotations" : "",
                r.files(), r.files() == 1 ? "" : "s", r.seconds(), r.commentsPerSecond()));
        if (r.threadsSkipped() > 0) {
            parts.add(r.threadsSkipped() + " already stored");
        }
        if (r.conflicts() > 0) {
            parts.add(r.conflicts() + " conflicting (not replaced: --replace to replace)");
        }
        if (r.skippedRecords() > 0) {
            parts.add(r.skippedRecords() + " unreadable records skipped (listed above)");
        }
        if (r.failedInputs() > 0) {
            parts.add(r.failedInputs() + " input" + (r.failedInputs() == 1 ? "" : "s") + " could not be read (listed above)");
        }
        parts.add("stored in " + db + " (run " + r.runId() + ")");
        err.println(String.join("; ", parts));
    }

    /** The command line as typed, arguments with spaces quoted. */
    private String commandLine() {
        List<String> words = new ArrayList<>(List.of("threadlens"));
        for (String a : spec.commandLine().getParseResult().originalArgs()) {
            words.add(a.isEmpty() || a.matches(".*[\\s'\"$`].*") ? "'" + a.replace("'", "'\\''") + "'" : a);
        }
        return String.join(" ", words);
    }

    /** Problems on stderr as they happen; on a terminal, a progress line redrawn at most once a second. */
    private static final class Console implements ImportListener {
        private final PrintStream err;
        private final boolean showProgress;
        private final long start = System.nanoTime();
        private long lastDraw;
        private boolean drawn;

        Console(PrintStream err, boolean showProgress) {
            this.err = err;
            this.showProgress = showProgress;
        }

        @Override
        public void skipped(ReadProblem problem) {
            clear();
            err.println("skipped: " + problem);
        }

        @Override
        public void inputFailed(String file, String message) {
            clear();
            err.println("threadlens: " + message);
        }

        @Override
        public void committed(long commentsStored, long commentsRead) {
            long now = System.nanoTime();
            if (showProgress && now - lastDraw >= 1_000_000_000L) {
                lastDraw = now;
                err.printf(Locale.ROOT, "\r\u001B[Kimporting: %,d comments read, %,d stored  %,.0f comments/s", commentsRead,
                        commentsStored, commentsRead / ((now - start) / 1e9));
                err.flush();
                drawn = true;
            }
        }

        void clear() {
            if (drawn) {
                err.print("\r\u001B[K");
                err.flush();
                drawn = false;
            }
        }
    }
}
