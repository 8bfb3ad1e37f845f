package org.threadlens.spark;

import java.util.List;
import org.threadlens.pipeline.AnnotationSetup;
import org.threadlens.read.Utf8Lines;

/**
 * What a job does.
 *
 * @param inputs     Hadoop paths, directories or globs of Pushshift / Arctic Shift dumps, in the order given
 * @param annotation nullable: how to annotate; null writes structure-only records (as {@code threadlens read})
 * @param jsonl      nullable: the directory to write annotated JSONL part files to
 * @param parquet    nullable: the directory to write Parquet to (see {@link ThreadRows})
 * @param partitions how many partitions threads are spread over for annotation; 0 chooses four per core
 * @param tokens     whether comments carry their token layer
 * @param strict     whether the first unreadable record or input fails the job
 * @param overwrite  whether existing output directories are replaced
 */
public record SparkJobSettings(List<String> inputs, AnnotationSetup annotation, String jsonl, String parquet,
                               int partitions, boolean tokens, boolean strict, boolean overwrite) {
    /** Lines longer than this are skipped and reported, as in the single-machine reader. */
    static final int MAX_LINE_BYTES = Utf8Lines.DEFAULT_MAX_LINE_BYTES;

    public SparkJobSettings {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given: name one or more dump files, directories or globs");
        }
        if (jsonl == null && parquet == null) {
            throw new IllegalArgumentException("no output given: name a JSONL or a Parquet directory");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must not be negative, got " + partitions);
        }
    }
}
