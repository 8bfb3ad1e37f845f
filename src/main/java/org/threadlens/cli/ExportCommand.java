package org.threadlens.cli;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.threadlens.export.AtomicFile;
import org.threadlens.export.CorpusExporter;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;
import org.threadlens.spi.Extensions;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.ProvenanceJson;
import org.threadlens.store.ThreadFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code threadlens export}: stored threads to a corpus format, with their provenance. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Export the threads of a store (all, or those the filters keep) in a corpus format, with the "
                + "runs that annotated them (versions, models, settings, inputs, counts): OUT.provenance.json beside a "
                + "file, provenance.json inside a directory.")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = CorpusStore.DEFAULT_FILE,
            description = "The store to read (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--to", paramLabel = "FORMAT", required = true,
            description = "The export format: jsonl, conllu, conll, csv, convokit, parquet.")
    String to;

    @Option(names = "--out", paramLabel = "PATH|-", required = true,
            description = "The file (jsonl, conllu, conll; - for stdout) or directory (csv, convokit, parquet) to write.")
    String out;

    @Option(names = "--thread", paramLabel = "ID", description = "Export only this thread (repeatable).")
    List<String> threadIds = List.of();

    @Option(names = "--community", paramLabel = "C", description = "Export only threads of this community, any case (repeatable).")
    List<String> communities = List.of();

    @Option(names = "--since", paramLabel = "T", description = "Only threads created at or after T: 2024-01-31, 2024-01-31T12:00:00Z or epoch seconds (UTC).")
    String since;

    @Option(names = "--until", paramLabel = "T", description = "Only threads created before T (exclusive), as --since.")
    String until;

    @Option(names = "--provenance", paramLabel = "FILE",
            description = "Also (directories) or instead (files) write the provenance here (default for a file: OUT.provenance.json; with --out -, none unless named).")
    Path provenance;

    @Option(names = "--tokens", description = "Include each comment's tokens (jsonl records; a tokens table in csv and parquet).")
    boolean tokens;

    @Option(names = "--force", description = "Replace an existing target (a directory only if it holds an earlier export).")
    boolean force;

    @Override
    public Integer call() throws Exception {
        CorpusExporter exporter = Extensions.byName(CorpusExporter.class, to, "export format");
        ThreadFilter filter = filter();
        if (!Files.isRegularFile(db)) {
            throw new UserException(db + ": no such store (run 'threadlens annotate' first, or name it with --db)",
                    ExitCodes.BAD_INPUT);
        }
        long[] n = new long[2];
        long total;
        Path sidecarPath;
        List<String> notes;
        try (Interrupts interrupts = Interrupts.install(System.err::println);
             CorpusStore store = CorpusStore.openExisting(db)) {
            requireFound(store, filter);
            total = store.threadCount(filter);
            try (ExportWriter writer = exporter.open(out, new ExportOptions(tokens, force))) {
                Optional<Writer> inside = writer.provenance();
                sidecarPath = provenance != null ? provenance
                        : inside.isPresent() || "-".equals(out) ? null : Path.of(out + ".provenance.json");
                try (AtomicFile sidecar = sidecarPath == null ? null : AtomicFile.create(sidecarPath, force)) {
                    store.forEach(filter, t -> {
                        if (interrupts.stopped()) {
                            throw new Stopped();
                        }
                        writer.write(t);
                        n[0]++;
                        n[1] += t.thread().comments().size();
                    });
                    ProvenanceJson.Export export = new ProvenanceJson.Export(db.toString(), to, out, n[0], n[1], filter,
                            store.runIds(filter));
                    var runs = store.runs();
                    if (inside.isPresent()) {
                        ProvenanceJson.write(inside.get(), export, runs);
                    }
                    if (sidecar != null) {
                        ProvenanceJson.write(sidecar.writer(), export, runs);
                    }
                    writer.commit();
                    if (sidecar != null) {
                        sidecar.commit();
                    }
                }
                notes = writer.notes();
            } catch (Stopped e) {
                // the writer and the sidecar are closed uncommitted: their temporary files are gone
                System.err.println(InterruptReport.export(interrupts.stop().reason(), n[0], total, out));
                return interrupts.exitCode();
            }
        }
        notes.forEach(note -> System.err.println(to + ": " + note));
        String where = "-".equals(out) ? "" : " to " + out;
        String prov = sidecarPath != null ? "; provenance in " + sidecarPath
                : "-".equals(out) ? "; no provenance file (name one with --provenance)" : "; provenance inside it";
        System.err.println("exported " + n[0] + (n[0] == 1 ? " thread" : " threads") + " (" + n[1] + " comments) from "
                + db + where + " (" + to + ")" + prov);
        return ExitCodes.OK;
    }

    /** Ends the export loop when a signal asked to stop. */
    private static final class Stopped extends Exception {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private ThreadFilter filter() throws UserException {
        Long sinceUtc = since == null ? null : TimeArgument.parse("--since", since);
        Long untilUtc = until == null ? null : TimeArgument.parse("--until", until);
        try {
            return new ThreadFilter(threadIds, communities, sinceUtc, untilUtc);
        } catch (IllegalArgumentException e) {
            throw new UserException("--since/--until: " + e.getMessage(), ExitCodes.BAD_INPUT);
        }
    }

    /** Every thread named with --thread must be in the store (and pass the other filters), else nothing is written. */
    private void requireFound(CorpusStore store, ThreadFilter filter) throws Exception {
        Set<String> missing = new LinkedHashSet<>();
        for (String id : new LinkedHashSet<>(threadIds)) {
            if (store.threadCount(new ThreadFilter(List.of(id), filter.communities(), filter.sinceUtc(),
                    filter.untilUtc())) == 0) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            throw new UserException(db + ": no thread " + String.join(", ", missing)
                    + (communities.isEmpty() && since == null && until == null ? "" : " matching the other filters")
                    + " in this store; nothing written", ExitCodes.BAD_INPUT);
        }
    }
}
