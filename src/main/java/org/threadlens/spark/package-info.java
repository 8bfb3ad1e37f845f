/**
 * The distributed job: Pushshift / Arctic Shift dumps annotated on Apache Spark, with the single-machine
 * path's reader, annotators and record code. Spark is a provided dependency: a cluster's Spark, or for local
 * runs the Spark jars {@code bin/threadlens spark} adds; nothing here is loaded unless Spark is present.
 *
 * <h2>The job</h2>
 * {@link org.threadlens.spark.ThreadLensSparkJob}: the input files are listed on the driver
 * ({@code DumpFiles}: files, directories, globs, any Hadoop file system); stage 1 reads each file in one
 * task ({@code DumpFileRecords}) with the reader's {@link org.threadlens.read.JsonLines} and
 * {@link org.threadlens.read.pushshift.DumpRecordParser}; the records, one row each ({@code RecordRows}),
 * go through Spark's shuffle, partitioned and sorted by thread id; stage 2 ({@code ThreadPartition}) builds
 * each thread with {@link org.threadlens.read.pushshift.DumpThreads}, annotates it with the executor's
 * annotator ({@code ExecutorAnnotators}: one per JVM, built lazily by the first task), rolls up and
 * summarizes ({@link org.threadlens.record.AnnotatedThread#analyzed}) and writes the record with
 * {@link org.threadlens.record.ThreadRecordWriter}. Output: JSONL part files (one record per line, exactly the
 * lines {@code annotate --out} writes) and/or Parquet ({@code ThreadRows}: one row per thread, the record's
 * JSON in column {@code record} beside key columns).
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>Files are read whole, one task each, from a stream of the Hadoop file system, not with
 *     {@code spark.read().text()}: so every line keeps its number (messages name file and line, and ties
 *     within a thread fall in input order as on one machine), lines are decoded as strict UTF-8 one by one,
 *     and zstd dumps with the 2 GiB window of {@code zstd --long=31} can be read (Hadoop's codecs cannot). A
 *     monthly dump is one zstd stream and could not be split anyway; parsing is a thousandth of the
 *     annotation's cost, which the shuffle spreads over every core.</li>
 * <li>The annotation partitions are explicit (four per core unless {@code --partitions}): adaptive query
 *     execution sizes partitions by bytes and would merge a dump's text, small in bytes and costly in CPU,
 *     into a few tasks.</li>
 * <li>Records travel as rows, not Java objects: compact in the shuffle, sorted by Spark out of core. Spark's
 *     strings are UTF-8, so a text with a lone UTF-16 surrogate travels hex-encoded, as in the reader's spill
 *     ({@link org.threadlens.read.SpillText}).</li>
 * <li>Problems are counted with accumulators (exact unless Spark re-runs a task) and the first
 *     {@link org.threadlens.read.ReadProblems#KEPT} messages of each task are reported on the driver;
 *     {@code --strict} fails the job at the first, and the driver reports it with file and line.</li>
 * <li>Annotation follows the single-machine path's policy exactly ({@link org.threadlens.pipeline.AnnotationSetup}
 *     travels to the executors and builds the same annotator), so records are equal field for field. The
 *     engine's per-sentence time limits are the one source of difference: a sentence that times out on one
 *     path and not on the other gets the fallback's sentiment there.</li>
 * </ul>
 * Never: reading local files directly, writing the DuckDB store, a second parser or record writer.
 */
package org.threadlens.spark;
