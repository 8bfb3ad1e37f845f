package org.threadlens.cli;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threadlens.pipeline.InputSettings;
import org.threadlens.read.InputFile;
import org.threadlens.read.ReadOptions;
import org.threadlens.read.ThreadReader;
import org.threadlens.read.ThreadReaders;
import org.threadlens.read.Utf8Lines;
import org.threadlens.spi.UnknownExtensionException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input options {@code annotate} and {@code read} share. */
final class InputOptions {
    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Thread files or directories; the format is detected by content, compression too.")
    List<String> inputs = List.of();

    @Option(names = "--format", paramLabel = "F", description = "Read every input in this format instead of detecting it.")
    String format;

    @Option(names = "--map", paramLabel = "FIELD=NAME,...", split = ",",
            description = "For mapped CSV/JSONL exports: which column or key holds each field, "
                    + "e.g. --map id=post_id,parent=reply_to,thread=topic_id,author=user,text=body,time=created_at")
    Map<String, String> mapping = new LinkedHashMap<>();

    @Option(names = "--strict", description = "Stop at the first unreadable record or input (exit 2) instead of skipping it.")
    boolean strict;

    @Option(names = "--tmp", paramLabel = "DIR",
            description = "Where readers of large dumps may spill to disk (default: the system's temporary directory).")
    Path tmp;

    /** The settings, after checking that every input exists (a typo costs nothing) and the format is known. */
    InputSettings settings() throws UserException, UnknownExtensionException {
        if (inputs.isEmpty()) {
            throw new UserException("no INPUT given: name one or more thread files", ExitCodes.BAD_INPUT);
        }
        for (String name : inputs) {
            try {
                InputFile.of(name);
            } catch (NoSuchFileException e) {
                throw new UserException(name + ": " + e.getReason(), ExitCodes.BAD_INPUT);
            }
        }
        ThreadReader reader = format == null ? null : ThreadReaders.byName(format);
        ReadOptions defaults = ReadOptions.defaults();
        Path workDir = tmp != null ? tmp : defaults.workDir();
        if (!Files.isDirectory(workDir)) {
            throw new UserException("--tmp " + workDir + ": no such directory", ExitCodes.BAD_INPUT);
        }
        return new InputSettings(inputs, reader, new ReadOptions(mapping, workDir, Utf8Lines.DEFAULT_MAX_LINE_BYTES), strict);
    }
}
