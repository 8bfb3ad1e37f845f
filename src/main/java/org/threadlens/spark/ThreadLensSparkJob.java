package org.threadlens.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.threadlens.export.TargetExistsException;
import org.threadlens.read.ReadProblems;

/**
 * The distributed job: Pushshift / Arctic Shift dumps in, annotated thread records out, in the record
 * schema of the single-machine path.
 *
 * <pre>
 * files ─ parallelize ─► DumpFileRecords (per file: decompress, lines, parse) ─► rows
 *       ─ repartition(N, thread) + sortWithinPartitions(thread) ─► ThreadPartition (per thread: build,
 *         annotate with the executor's annotator, roll up, summarize, write) ─► Parquet and/or JSONL
 * </pre>
 *
 * Threads are assembled by Spark's shuffle, each on one worker, whatever files their records are in. The
 * number of annotation partitions is explicit ({@link SparkJobSettings#partitions()}), so adaptive query
 * execution, which sizes partitions by bytes, does not merge the small but costly rows of text into a few
 * tasks. Part files hold threads by thread id; across parts there is no order.
 *
 * <p>The {@code spark-submit} entry point is {@code cli.SparkSubmit}: it takes the options of
 * {@code threadlens spark}, which end here.
 */
public final class ThreadLensSparkJob {
    private ThreadLensSparkJob() {
    }

    /** Runs the job on {@code spark}, waiting for it to finish. */
    public static SparkJobResult run(SparkSession spark, SparkJobSettings settings) throws IOException {
        long start = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        List<DumpFile> files = DumpFiles.expand(settings.inputs(), hadoop);
        if (!settings.overwrite()) {
            requireAbsent(settings.jsonl(), hadoop);
            requireAbsent(settings.parquet(), hadoop);
        }
        JobCounters counters = JobCounters.register(jsc.sc());
        Broadcast<SerializableWritable<Configuration>> conf = jsc.broadcast(new SerializableWritable<>(hadoop));

        JavaRDD<Row> records = jsc.parallelize(files, files.size())
                .flatMap(new DumpFileRecords(conf, counters, settings.strict(), SparkJobSettings.MAX_LINE_BYTES));
        int partitions = settings.partitions() > 0 ? settings.partitions() : 4 * jsc.defaultParallelism();
        Dataset<Row> threads = spark.createDataFrame(records, RecordRows.SCHEMA)
                .repartition(partitions, col(RecordRows.THREAD))
                .sortWithinPartitions(RecordRows.THREAD)
                .mapPartitions(new ThreadPartition(files.stream().map(DumpFile::name).toList(), settings.annotation(),
                        settings.tokens(), settings.strict(), counters), Encoders.row(ThreadRows.SCHEMA));
        write(threads, settings);
        return new SparkJobResult(files.size(), counters.failedInputs.value(), counters.threads.value(),
                counters.comments.value(), counters.skipped.value(), counters.annotationFailures.value(),
                counters.messages(ReadProblems.KEPT), (System.nanoTime() - start) / 1e9);
    }

    /** Checked before any work, so that hours of annotation are not lost to an existing directory at the end. */
    private static void requireAbsent(String output, Configuration hadoop) throws IOException {
        if (output != null) {
            Path p = new Path(output);
            if (p.getFileSystem(hadoop).exists(p)) {
                throw new TargetExistsException(output);
            }
        }
    }

    /** Writes the outputs; with both, the threads are kept (memory, then disk) so that they are annotated once. */
    private static void write(Dataset<Row> threads, SparkJobSettings settings) {
        boolean both = settings.parquet() != null && settings.jsonl() != null;
        Dataset<Row> out = both ? threads.persist(StorageLevel.MEMORY_AND_DISK()) : threads;
        SaveMode mode = settings.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        try {
            if (settings.parquet() != null) {
                out.write().mode(mode).parquet(settings.parquet());
            }
            if (settings.jsonl() != null) {
                out.select(ThreadRows.RECORD).write().mode(mode).text(settings.jsonl());
            }
        } finally {
            if (both) {
                out.unpersist();
            }
        }
    }
}
