package org.threadlens.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.threadlens.export.CorpusExporter;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;
import org.threadlens.export.jsonl.JsonlExporter;
import org.threadlens.plugin.Extensions;
import org.threadlens.read.ThreadReader;
import org.threadlens.read.ThreadReaders;
import org.threadlens.run.ReadRun;
import org.threadlens.run.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code threadlens read}: thread structure as JSONL, no NLP. */
@Command(name = "read", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Read threads and write their structure (no NLP) as JSONL thread records.")
final class ReadCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Thread files (the format is detected by content).")
    List<String> inputs = List.of();

    @Option(names = "--format", paramLabel = "F", description = "Read every input in this format instead of detecting it.")
    String format;

    @Option(names = "--formats", description = "List the formats ThreadLens reads, with what each expects, and exit.")
    boolean listFormats;

    @Option(names = "--out", paramLabel = "FILE|-", defaultValue = "-", description = "Where to write (default: stdout).")
    String out;

    @Option(names = "--force", description = "Replace an existing --out file.")
    boolean force;

    @Option(names = "--strict", description = "Stop at the first unreadable record (exit 2) instead of skipping it.")
    boolean strict;

    @Override
    public Integer call() throws Exception {
        if (listFormats) {
            System.out.println(ThreadReaders.knownFormats());
            return ExitCodes.OK;
        }
        if (inputs.isEmpty()) {
            throw new UserException("no INPUT given: name one or more thread files (or --formats to list formats)",
                    ExitCodes.BAD_INPUT);
        }
        ThreadReader reader = format == null ? null : ThreadReaders.byName(format);
        Inputs.requireFiles(inputs);
        CorpusExporter jsonl = Extensions.byName(CorpusExporter.class, JsonlExporter.NAME, "export format");
        ConsoleListener console = new ConsoleListener(System.err, null, false);
        try (ExportWriter writer = jsonl.open(out, new ExportOptions(false, force))) {
            RunResult r = new ReadRun(inputs, reader, strict).run(writer, console);
            if (!"-".equals(out)) {
                System.err.printf(Locale.ROOT, "read %d threads (%d texts) into %s%n", r.threads(), r.comments(), out);
            }
            return r.exitCode();
        }
    }
}
