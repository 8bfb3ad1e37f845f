package org.threadlens.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.threadlens.export.CorpusExporter;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;
import org.threadlens.plugin.Extensions;
import org.threadlens.store.CorpusStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code threadlens export}: stored threads to a corpus format. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Export the threads of a store in a corpus format.")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = CorpusStore.DEFAULT_FILE,
            description = "The store to read (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--to", paramLabel = "FORMAT", required = true, description = "The export format, e.g. jsonl.")
    String to;

    @Option(names = "--out", paramLabel = "PATH|-", required = true, description = "Where to write (- for stdout).")
    String out;

    @Option(names = "--tokens", description = "Include each comment's tokens (jsonl).")
    boolean tokens;

    @Option(names = "--force", description = "Replace an existing target.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        CorpusExporter exporter = Extensions.byName(CorpusExporter.class, to, "export format");
        if (!java.nio.file.Files.isRegularFile(db)) {
            throw new UserException(db + ": no such store (run 'threadlens annotate' first, or name it with --db)",
                    ExitCodes.BAD_INPUT);
        }
        long[] n = new long[1];
        try (CorpusStore store = CorpusStore.openExisting(db);
             ExportWriter writer = exporter.open(out, new ExportOptions(tokens, force))) {
            store.forEach(t -> {
                writer.write(t);
                n[0]++;
            });
            writer.commit();
        }
        if (!"-".equals(out)) {
            System.err.println("exported " + n[0] + " threads from " + db + " to " + out + " (" + to + ")");
        }
        return ExitCodes.OK;
    }
}
