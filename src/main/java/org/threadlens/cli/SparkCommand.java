package org.threadlens.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.threadlens.pipeline.AnnotationSetup;
import org.threadlens.spark.SparkJobLauncher;
import org.threadlens.spark.SparkJobResult;
import org.threadlens.spark.SparkJobSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code threadlens spark}: the distributed job ({@code org.threadlens.spark}) from the command line, locally
 * ({@code --master local[N]}) or under {@code spark-submit}, whose entry point passes its arguments here.
 * Spark is a provided dependency: this command checks that it is on the classpath before touching it.
 */
@Command(name = "spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Annotate Pushshift / Arctic Shift dumps on Apache Spark: threads assembled by Spark's shuffle, "
                + "annotated on the executors, written as JSONL and/or Parquet in the record schema of annotate --out. "
                + "Locally: bin/threadlens spark --master local[2] ...; on a cluster: spark-submit (see docs/spark.md).")
final class SparkCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Dump files, directories or globs on any file system Hadoop reaches (file:, hdfs://, s3a://); "
                    + "compression (gzip, bzip2, xz, zstd) is recognised by content.")
    List<String> inputs = List.of();

    @Option(names = "--master", paramLabel = "URL",
            description = "The Spark master, e.g. local[2] (default: spark-submit's, else " + SparkJobLauncher.DEFAULT_MASTER + ").")
    String master;

    @Option(names = "--out", paramLabel = "DIR", description = "Write annotated JSONL part files into DIR.")
    String out;

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "Write Parquet into DIR: one row per thread, the JSONL record in column 'record' beside key columns.")
    String parquet;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions the threads are spread over for annotation (default: four per core of the cluster).")
    int partitions;

    @Option(names = "--tokens", description = "Include each comment's tokens in the records.")
    boolean tokens;

    @Option(names = "--structure-only", description = "Write thread records without annotations, as threadlens read does (no models).")
    boolean structureOnly;

    @Option(names = "--strict", description = "Fail the job at the first unreadable record or input (exit 2) instead of skipping it.")
    boolean strict;

    @Option(names = "--force", description = "Replace existing output directories.")
    boolean force;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting, as spark-submit --conf takes it.")
    Map<String, String> conf = new LinkedHashMap<>();

    @Mixin
    EngineOptions engine;

    @Override
    public Integer call() throws Exception {
        requireSpark();
        AnnotationSetup setup = structureOnly ? null : engine.setup();
        SparkJobSettings settings;
        try {
            settings = new SparkJobSettings(inputs, setup, out, parquet, partitions, tokens, strict, force);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), ExitCodes.BAD_INPUT);
        }
        SparkJobResult result = SparkJobLauncher.run(master, conf, settings);
        result.messages().forEach(System.err::println);
        report(result);
        return result.exitCode();
    }

    /** Spark is provided: by spark-submit, by bin/threadlens for this command, or by the embedding program. */
    private void requireSpark() throws UserException {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UserException("Apache Spark is not on the classpath: run bin/threadlens spark (it adds the Spark "
                    + "jars Maven resolved, listed in target/spark-classpath.txt), or submit the job with spark-submit",
                    ExitCodes.FAILED);
        }
    }

    private void report(SparkJobResult r) {
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "%s %d thread%s (%d texts) from %d file%s in %.1f s",
                structureOnly ? "read" : "annotated", r.threads(), r.threads() == 1 ? "" : "s", r.comments(), r.files(),
                r.files() == 1 ? "" : "s", r.seconds()));
        if (parquet != null) {
            parts.add("Parquet in " + parquet);
        }
        if (out != null) {
            parts.add("JSONL in " + out);
        }
        if (r.skippedRecords() > 0) {
            parts.add(r.skippedRecords() + " unreadable records skipped" + (r.messages().isEmpty() ? "" : " (the first listed above)"));
        }
        if (r.annotationFailures() > 0) {
            parts.add(r.annotationFailures() + " texts not annotated");
        }
        if (r.failedInputs() > 0) {
            parts.add(r.failedInputs() + " of " + r.files() + " files could not be read whole");
        }
        System.err.println(String.join("; ", parts));
    }
}
