package org.threadlens.record;

import java.io.IOException;

/**
 * The records of one input as JSON texts, in order: the lines of a JSONL file, or the {@code record} column of
 * a Parquet file. Lifecycle: {@link RecordFile#open()} → {@link #next()} until null → {@link #close()}. Not
 * thread-safe.
 */
public interface RecordLines extends AutoCloseable {
    /**
     * The next record's JSON, or null at the end; blank lines are passed over.
     *
     * @throws org.threadlens.read.Utf8Lines.BadLineException for a line that is not UTF-8 or is too long: it is
     *                                                         consumed, and reading may go on
     * @throws IOException if the input cannot be read on (a cut compressed stream, a damaged Parquet file)
     */
    String next() throws IOException;

    /** Where the record last returned is: its line (JSONL) or row (Parquet), from 1; 0 before the first. */
    long position();

    @Override
    void close() throws IOException;
}
