package org.threadlens.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.threadlens.cli.logs.GatheredLogs;
import org.threadlens.export.AtomicFile;
import org.threadlens.export.CorpusExporter;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;
import org.threadlens.export.jsonl.JsonlExporter;
import org.threadlens.pipeline.AnnotationRun;
import org.threadlens.pipeline.AnnotationSettings;
import org.threadlens.pipeline.AnnotationSetup;
import org.threadlens.pipeline.InputSettings;
import org.threadlens.pipeline.RunResult;
import org.threadlens.spi.Extensions;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.ProvenanceJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code threadlens annotate}: read, annotate, analyze, store (and optionally write JSONL). */
@Command(name = "annotate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Annotate threads: sentences, entities, sentiment per comment, rolled up per thread. "
                + "Stores them in the embedded DuckDB file and prints a short summary of each thread.")
final class AnnotateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = CorpusStore.DEFAULT_FILE,
            description = "The DuckDB store to write (default: ${DEFAULT-VALUE}). Threads already there with the same "
                    + "content, settings and layers are skipped; others are annotated and replace what was there.")
    Path db;

    @Option(names = "--reannotate", description = "Annotate every thread again, even those the store holds done.")
    boolean reannotate;

    @Option(names = "--no-store", description = "Write no store (use with --out).")
    boolean noStore;

    @Option(names = "--out", paramLabel = "FILE|-", description = "Also write annotated JSONL to FILE (with the store's "
            + "runs in FILE.provenance.json), or to stdout with -.")
    String out;

    @Option(names = "--tokens", description = "Include each comment's tokens in --out (the store always has them).")
    boolean tokens;

    @Option(names = "--force", description = "Replace an existing --out file.")
    boolean force;

    @Mixin
    EngineOptions engine;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "Print no per-thread summary.")
    boolean quiet;

    @Option(names = "--log", paramLabel = "FILE", description = "Append the libraries' log lines (CoreNLP's warnings, "
            + "counted on the console) to FILE, each with its time.")
    Path log;

    @Override
    public Integer call() throws Exception {
        AnnotationSetup setup = engine.setup();
        InputSettings settings = input.settings();
        if (noStore && out == null) {
            throw new UserException("--no-store without --out would write nothing: add --out FILE", ExitCodes.BAD_INPUT);
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw new UserException("--threads must be at least 1, got " + workers, ExitCodes.BAD_INPUT);
        }
        PrintStream summaries = quiet ? null : ("-".equals(out) ? System.err : System.out);
        ConsoleListener console = new ConsoleListener(System.err, summaries, Progress.stderrIsTerminal());
        AnnotationRun.AnnotatorFactory annotators = setup::annotator;
        AnnotationRun.Resume resume = new AnnotationRun.Resume(
                AnnotationSettings.of(setup.engine(), setup.settings(), setup.preparation()), reannotate, commandLine());

        boolean sidecar = !noStore && out != null && !"-".equals(out);
        try (Interrupts interrupts = Interrupts.install(console::message);
             GatheredLogs logs = GatheredLogs.start(console::message, ThreadLensCommand.debug(spec), log);
             CorpusStore store = noStore ? null : CorpusStore.open(db);
             AtomicFile provenance = sidecar ? AtomicFile.create(Path.of(out + ".provenance.json"), force) : null;
             ExportWriter jsonl = out == null ? null : openOut()) {
            AnnotationRun run = new AnnotationRun(new AnnotationRun.Settings(settings, setup.layers(), setup.options(),
                    workers, store, jsonl, resume), annotators);
            RunResult result = run.run(console, interrupts.stop());
            console.finish();
            logs.summarize();
            if (result.stopped()) {
                System.err.println(InterruptReport.annotate(result, noStore ? null : db.toString(), out));
                return interrupts.exitCode();
            }
            if (provenance != null) {
                ProvenanceJson.write(provenance.writer(), db.toString(), JsonlExporter.NAME, out, result.threads()
                        + result.threadsDone(), result.comments() + result.commentsDone(), store.runs());
                provenance.commit();
            }
            report(result, console);
            return result.exitCode();
        }
    }

    /** The command line as typed, arguments with spaces quoted. */
    private String commandLine() {
        List<String> words = new ArrayList<>(List.of("threadlens"));
        for (String a : spec.commandLine().getParseResult().originalArgs()) {
            words.add(a.isEmpty() || a.matches(".*[\\s'\"$`].*") ? "'" + a.replace("'", "'\\''") + "'" : a);
        }
        return String.join(" ", words);
    }

    private ExportWriter openOut() throws Exception {
        CorpusExporter jsonl = Extensions.byName(CorpusExporter.class, JsonlExporter.NAME, "export format");
        return new NamedOutput(jsonl.open(out, new ExportOptions(tokens, force)), out);
    }

    private void report(RunResult r, ConsoleListener console) {
        console.reportResume(System.err);
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "annotated %d thread%s (%d texts) in %.1f s", r.threads(),
                r.threads() == 1 ? "" : "s", r.comments(), r.seconds()));
        if (r.threadsDone() > 0) {
            parts.add(r.threadsDone() + " already done");
        }
        if (!noStore) {
            parts.add("stored in " + db + " (run " + r.runId() + ")");
        }
        if (out != null && !"-".equals(out)) {
            parts.add("written to " + out);
        }
        if (r.skippedRecords() > 0) {
            parts.add(r.skippedRecords() + " unreadable records skipped (listed above)");
        }
        if (r.annotationFailures() > 0) {
            parts.add(r.annotationFailures() + " texts not annotated (listed above)");
        }
        if (r.failedInputs() > 0) {
            parts.add(r.failedInputs() + " of " + r.inputs() + " inputs could not be read");
        }
        System.err.println(String.join("; ", parts));
    }
}
