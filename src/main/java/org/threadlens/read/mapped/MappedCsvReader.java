package org.threadlens.read.mapped;

import java.util.List;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.InputSample;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ThreadGrouper;
import org.threadlens.read.ThreadReader;
import org.threadlens.read.ThreadStream;

/**
 * Reads forum exports in CSV whose columns the user names with {@code --map} (see the package documentation).
 * Never detected: chosen with {@code --format mapped-csv}. Stateless and thread-safe.
 */
public final class MappedCsvReader implements ThreadReader {
    public static final String NAME = "mapped-csv";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a CSV forum export with a header line, its columns named with --map (chosen with --format mapped-csv)";
    }

    @Override
    public String expects() {
        return "CSV (RFC 4180) with a header line, read with --format " + NAME + " " + FieldMapping.REQUIRED;
    }

    @Override
    public List<String> filePatterns() {
        return List.of("*.csv");
    }

    /** Never: which column is which cannot be guessed; the user chooses this format with its mapping. */
    @Override
    public boolean recognizes(InputSample sample) {
        return false;
    }

    @Override
    public ThreadStream open(List<InputFile> inputs, ReadContext context) throws InputFormatException {
        return open(inputs, context, ThreadGrouper.DEFAULT_MEMORY_BUDGET);
    }

    /** @param memoryBudget the grouper's heap budget (tests use 0 to exercise the disk spill) */
    ThreadStream open(List<InputFile> inputs, ReadContext context, long memoryBudget) throws InputFormatException {
        int max = context.options().maxLineBytes();
        String first = inputs.isEmpty() ? "--map" : inputs.get(0).name();
        String columns = inputs.isEmpty() ? "" : CsvRows.columns(inputs.get(0), max);
        FieldMapping mapping = FieldMapping.parse(context.options().mapping(), NAME, first,
                columns.isEmpty() ? "(this file has no header line)" : "(columns in this file: " + columns + ")");
        return new MappedStream(NAME, inputs, context, mapping, new RowParser(mapping, "column"),
                (input, parser, grouper) -> CsvRows.read(input, mapping, parser, grouper, context.problems(), max),
                memoryBudget);
    }
}
