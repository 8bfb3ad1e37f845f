package org.threadlens.read;

import java.sql.SQLException;

/**
 * What a format tells a {@link ThreadSpill} about its records: the thread each belongs to, whether it places
 * its thread in the output order, its heap size, and how it is stored as one row of a DuckDB table. The
 * spill owns the row's thread, order and escaping columns; a format declares only its own columns, writes
 * them through {@link Out} and reads them back through {@link In}, in the order it declared them.
 *
 * <p>Implementations may keep state (an index of file names) but see one spill only, on its one thread.
 *
 * @param <R> the format's record
 */
public interface SpillColumns<R> {
    /** The thread key: records with equal keys come back together. */
    String thread(R record);

    /**
     * Whether this record places its thread: threads come back in the order of their first placing record,
     * and a thread with none (only side facts such as a title) is dropped. True by default.
     */
    default boolean placesThread(R record) {
        return true;
    }

    /** An estimate of the heap the record holds, in bytes, for the spill's heap budget. */
    long estimatedBytes(R record);

    /**
     * The format's columns as SQL, e.g. {@code "id VARCHAR, score INTEGER, created BIGINT"}; names starting
     * {@code spill_} are the spill's own.
     */
    String columns();

    /** Writes the record's columns in the order {@link #columns()} declares them. */
    void write(R record, Out out) throws SQLException;

    /** Reads back a record written by {@link #write}, its columns in the same order. */
    R read(In in) throws SQLException;

    /** One row being written, column after column. */
    interface Out {
        /** A VARCHAR column; null, and text holding a lone surrogate, come back exactly. */
        Out text(String value) throws SQLException;

        /** An INTEGER column; null comes back as null. */
        Out integer(Integer value) throws SQLException;

        /** A BIGINT column; null comes back as null. */
        Out number(Long value) throws SQLException;
    }

    /** One row being read, column after column. */
    interface In {
        /** The row's thread key. */
        String thread() throws SQLException;

        String text() throws SQLException;

        Integer integer() throws SQLException;

        Long number() throws SQLException;
    }
}
