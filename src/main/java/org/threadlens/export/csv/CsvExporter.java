package org.threadlens.export.csv;

import java.io.IOException;
import org.threadlens.export.AtomicDirectory;
import org.threadlens.export.CorpusExporter;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;

/** Exports the corpus tables as RFC 4180 CSV files in a directory (see the package documentation). Stateless. */
public final class CsvExporter implements CorpusExporter {
    public static final String NAME = "csv";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a directory of RFC 4180 CSV tables with a header (threads, comments, sentences, entities, entity "
                + "sentiment; tokens on request): pandas.read_csv, DuckDB read_csv, spreadsheets";
    }

    @Override
    public ExportWriter open(String target, ExportOptions options) throws IOException {
        return new CsvTables(AtomicDirectory.open(target, "csv writes a directory of tables", options.force()), options.includeTokens());
    }
}
