package org.threadlens.export.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.threadlens.export.AtomicDirectory;
import org.threadlens.export.DirectoryExportWriter;
import org.threadlens.export.tables.Column;
import org.threadlens.export.tables.CorpusTables;
import org.threadlens.export.tables.Table;
import org.threadlens.record.AnnotatedThread;

/** One CSV printer per table, in the directory being written. Not thread-safe. */
final class CsvTables extends DirectoryExportWriter {
    /** RFC 4180: comma, double quotes where needed (doubled inside), CRLF between records. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final boolean tokens;
    private final Map<Table, CSVPrinter> printers = new EnumMap<>(Table.class);

    CsvTables(AtomicDirectory dir, boolean tokens) throws IOException {
        super(dir, CsvExporter.NAME);
        this.tokens = tokens;
        try {
            for (Table t : Table.exported(tokens)) {
                CSVPrinter p = new CSVPrinter(dir.newWriter(t.tableName() + ".csv"), FORMAT);
                p.printRecord(t.columns().stream().map(Column::name).toList());
                printers.put(t, p);
            }
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    @Override
    public void write(AnnotatedThread thread) throws IOException {
        CorpusTables.rows(thread, tokens, this::row);
    }

    private void row(Table table, Object... values) throws IOException {
        CSVPrinter p = printers.get(table);
        for (Object v : values) {
            p.print(cell(v));
        }
        p.println();
    }

    /**
     * A value as CSV text: empty for null, {@code true}/{@code false}, numbers as Java prints them (a
     * full-precision double), lists as JSON arrays.
     */
    static String cell(Object v) throws JsonProcessingException {
        if (v == null) {
            return null;
        }
        if (v instanceof List<?> list) {
            return JSON.writeValueAsString(list);
        }
        return v.toString();
    }

    @Override
    protected void finish() throws IOException {
        for (CSVPrinter p : printers.values()) {
            p.flush();
        }
    }
}
