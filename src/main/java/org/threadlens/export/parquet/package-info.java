/**
 * Parquet export ({@code parquet}): a directory of Parquet files, one per {@link
 * org.threadlens.export.tables.Table} (the CSV export's tables and columns), and the export's
 * {@code provenance.json}, for pandas {@code read_parquet}, DuckDB, Spark, Polars and Arrow.
 *
 * <p>Columns have the types the tables declare (VARCHAR, INTEGER, BIGINT, DOUBLE, BOOLEAN); the list columns
 * (flags, layers, sentiment distributions, aliases, comment ids, authors), JSON text in CSV, are Parquet lists.
 * Absent values are nulls. Files are zstd-compressed and keep the rows in export order.
 *
 * <p>How. DuckDB, already the store's engine, writes the files ({@code COPY ... TO ... (FORMAT PARQUET)}), so
 * no Hadoop or Arrow library is needed: rows go through DuckDB's Appender into a scratch database inside the
 * directory being written (bounded memory, spilling to disk), which is copied out and deleted when the export
 * commits. Nothing here does NLP.
 */
package org.threadlens.export.parquet;
