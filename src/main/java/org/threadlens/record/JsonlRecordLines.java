package org.threadlens.record;

import java.io.IOException;
import org.threadlens.read.InputFile;
import org.threadlens.read.Utf8Lines;

/** The lines of a JSONL file of records, decompressed as {@link InputFile} detects (gzip, bzip2, xz, zstd). */
final class JsonlRecordLines implements RecordLines {
    private final Utf8Lines lines;

    JsonlRecordLines(InputFile input) throws IOException {
        this.lines = new Utf8Lines(input.openBytes(), Utf8Lines.DEFAULT_MAX_LINE_BYTES);
    }

    @Override
    public String next() throws IOException {
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return null;
    }

    @Override
    public long position() {
        return lines.lineNumber();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
