/**
 * The annotated thread record: {@link org.threadlens.record.AnnotatedThread} (a thread, its annotations,
 * its summary and their provenance) and its JSON form, schema {@code threadlens/1} (see
 * {@code docs/record-format.md}). Field names are public interface: they change only with the schema version.
 *
 * <p>The writer and parser are the one place that knows the JSON field names; the store, the exporters and
 * the {@code read} command all go through them. {@link org.threadlens.record.RecordFile} finds records where
 * {@code import} reads them: JSONL in any compression, and the {@code record} column of Spark's Parquet. Nullness:
 * as in {@code thread} and {@code annotate}.
 */
package org.threadlens.record;
