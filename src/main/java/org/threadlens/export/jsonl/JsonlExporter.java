package org.threadlens.export.jsonl;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.threadlens.export.AtomicFile;
import org.threadlens.export.CorpusExporter;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.ThreadRecordWriter;

/** Exports annotated thread records as JSON Lines. */
public final class JsonlExporter implements CorpusExporter {
    public static final String NAME = "jsonl";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "annotated thread records, one JSON object per line (pandas.read_json(lines=True), DuckDB read_json)";
    }

    @Override
    public ExportWriter open(String target, ExportOptions options) throws IOException {
        ThreadRecordWriter records = new ThreadRecordWriter(options.includeTokens());
        if ("-".equals(target)) {
            Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
            return new Lines(records, out, null);
        }
        AtomicFile file = AtomicFile.create(Path.of(target), options.force());
        return new Lines(records, file.writer(), file);
    }

    /** Writes lines to a writer; commits the atomic file if there is one, else flushes. */
    private static final class Lines implements ExportWriter {
        private final ThreadRecordWriter records;
        private final Writer out;
        private final AtomicFile file;

        Lines(ThreadRecordWriter records, Writer out, AtomicFile file) {
            this.records = records;
            this.out = out;
            this.file = file;
        }

        @Override
        public void write(AnnotatedThread thread) throws IOException {
            records.writeLine(thread, out);
            if (file == null) {
                out.flush();
            }
        }

        @Override
        public void commit() throws IOException {
            if (file != null) {
                file.commit();
            } else {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (file != null) {
                file.close();
            } else {
                out.flush();
            }
        }
    }
}
