package org.threadlens.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.threadlens.export.CorpusExporter;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;
import org.threadlens.export.jsonl.JsonlExporter;
import org.threadlens.pipeline.InputSettings;
import org.threadlens.pipeline.ReadRun;
import org.threadlens.pipeline.RunResult;
import org.threadlens.read.ThreadReaders;
import org.threadlens.spi.Extensions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code threadlens read}: thread structure as JSONL, no NLP. */
@Command(name = "read", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Read threads and write their structure (no NLP) as JSONL thread records.")
final class ReadCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--formats", description = "List the formats ThreadLens reads, with what each expects, and exit.")
    boolean listFormats;

    @Option(names = "--out", paramLabel = "FILE|-", defaultValue = "-", description = "Where to write (default: stdout).")
    String out;

    @Option(names = "--force", description = "Replace an existing --out file.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (listFormats) {
            System.out.println(ThreadReaders.knownFormats());
            return ExitCodes.OK;
        }
        InputSettings settings = input.settings();
        CorpusExporter jsonl = Extensions.byName(CorpusExporter.class, JsonlExporter.NAME, "export format");
        ConsoleListener console = new ConsoleListener(System.err, null, false);
        try (ExportWriter writer = new NamedOutput(jsonl.open(out, new ExportOptions(false, force)), out)) {
            RunResult r = new ReadRun(settings).run(writer, console);
            if (!"-".equals(out)) {
                System.err.printf(Locale.ROOT, "read %d threads (%d texts) into %s%n", r.threads(), r.comments(), out);
            }
            return r.exitCode();
        }
    }
}
