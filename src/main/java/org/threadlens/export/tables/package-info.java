/**
 * The tables shared by the table-shaped exports ({@code csv}, {@code parquet}): {@link
 * org.threadlens.export.tables.Table} names them and their columns, {@link
 * org.threadlens.export.tables.CorpusTables} turns a thread into their rows. One definition, so that every
 * table format holds the same columns. Nullness: values may be null where the column is nullable (all but the
 * ids, indices and offsets). This package never does NLP or I/O of its own.
 */
package org.threadlens.export.tables;
