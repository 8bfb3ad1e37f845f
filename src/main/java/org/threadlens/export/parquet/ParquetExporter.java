package org.threadlens.export.parquet;

import java.io.IOException;
import org.threadlens.export.AtomicDirectory;
import org.threadlens.export.CorpusExporter;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;

/** Exports the corpus tables as Parquet files in a directory (see the package documentation). Stateless. */
public final class ParquetExporter implements CorpusExporter {
    public static final String NAME = "parquet";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a directory of Parquet tables, the CSV columns with lists as Parquet lists (pandas.read_parquet, "
                + "DuckDB, Spark, Polars, Arrow)";
    }

    @Override
    public ExportWriter open(String target, ExportOptions options) throws IOException {
        return new ParquetTables(AtomicDirectory.open(target, "parquet writes a directory of tables", options.force()), options.includeTokens());
    }
}
