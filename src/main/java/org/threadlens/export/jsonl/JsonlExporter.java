package org.threadlens.export.jsonl;

import java.io.IOException;
import org.threadlens.export.CorpusExporter;
import org.threadlens.export.ExportOptions;
import org.threadlens.export.ExportWriter;
import org.threadlens.export.TextTarget;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.record.ThreadRecordWriter;

/** Exports annotated thread records as JSON Lines. Stateless and thread-safe. */
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
        return new Lines(new ThreadRecordWriter(options.includeTokens()), TextTarget.open(target, options.force()));
    }

    /** Writes one record per line. */
    private static final class Lines implements ExportWriter {
        private final ThreadRecordWriter records;
        private final TextTarget target;

        Lines(ThreadRecordWriter records, TextTarget target) {
            this.records = records;
            this.target = target;
        }

        @Override
        public void write(AnnotatedThread thread) throws IOException {
            records.writeLine(thread, target.writer());
            if (target.isStandardOutput()) {
                target.writer().flush();
            }
        }

        @Override
        public void commit() throws IOException {
            target.commit();
        }

        @Override
        public void close() throws IOException {
            target.close();
        }
    }
}
