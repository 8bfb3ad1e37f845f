package org.threadlens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.threadlens.export.AtomicFile;
import org.threadlens.export.CorpusExporter;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;
import org.threadlens.plugin.Extensions;
import org.threadlens.store.CorpusStore;
import org.threadlens.store.ProvenanceJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code threadlens export}: stored threads to a corpus format, with their provenance beside them. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Export the threads of a store in a corpus format, and the runs that annotated them "
                + "(versions, models, settings, inputs, counts) as OUT.provenance.json beside it.")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = CorpusStore.DEFAULT_FILE,
            description = "The store to read (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--to", paramLabel = "FORMAT", required = true, description = "The export format, e.g. jsonl.")
    String to;

    @Option(names = "--out", paramLabel = "PATH|-", required = true, description = "Where to write (- for stdout).")
    String out;

    @Option(names = "--provenance", paramLabel = "FILE",
            description = "Where to write the provenance (default: OUT.provenance.json; with --out -, none unless named).")
    Path provenance;

    @Option(names = "--tokens", description = "Include each comment's tokens (jsonl).")
    boolean tokens;

    @Option(names = "--force", description = "Replace an existing target.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        CorpusExporter exporter = Extensions.byName(CorpusExporter.class, to, "export format");
        if (!Files.isRegularFile(db)) {
            throw new UserException(db + ": no such store (run 'threadlens annotate' first, or name it with --db)",
                    ExitCodes.BAD_INPUT);
        }
        Path provenanceFile = provenance != null ? provenance : "-".equals(out) ? null : Path.of(out + ".provenance.json");
        long[] n = new long[2];
        try (CorpusStore store = CorpusStore.openExisting(db);
             AtomicFile sidecar = provenanceFile == null ? null : AtomicFile.create(provenanceFile, force);
             ExportWriter writer = exporter.open(out, new ExportOptions(tokens, force))) {
            store.forEach(t -> {
                writer.write(t);
                n[0]++;
                n[1] += t.thread().comments().size();
            });
            if (sidecar != null) {
                ProvenanceJson.write(sidecar.writer(), db.toString(), to, out, n[0], n[1], store.runs());
            }
            writer.commit();
            if (sidecar != null) {
                sidecar.commit();
            }
        }
        if (!"-".equals(out)) {
            System.err.println("exported " + n[0] + " threads from " + db + " to " + out + " (" + to + "); provenance in "
                    + provenanceFile);
        } else if (provenanceFile == null) {
            System.err.println("exported " + n[0] + " threads from " + db + "; no provenance file (name one with --provenance)");
        }
        return ExitCodes.OK;
    }
}
