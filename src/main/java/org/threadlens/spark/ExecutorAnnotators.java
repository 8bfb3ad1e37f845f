package org.threadlens.spark;

import java.util.HashMap;
import java.util.Map;
import org.threadlens.annotate.ThreadAnnotator;
import org.threadlens.pipeline.AnnotationSetup;
import org.threadlens.record.Provenance;

/**
 * The annotators of this JVM: one per {@link AnnotationSetup}, built on first use by the first task that
 * needs it (loading CoreNLP's models costs seconds and GBs), then shared by every task the executor runs, on
 * as many threads as it runs tasks (annotators are thread-safe). Records carry the setup's settings hash, computed here
 * from this JVM's model files as {@code annotate} computes it, so that {@code threadlens import} stores them as
 * {@code annotate} would have. This is the {@code mapPartitions} pattern:
 * nothing heavy is serialized with the tasks, the setup alone travels. In local mode the executors are threads
 * of the driver's JVM and share one annotator. Held for the JVM's life: an executor ends with its application.
 * Thread-safe.
 */
final class ExecutorAnnotators {
    /** An annotator and the provenance its records carry. */
    record Opened(ThreadAnnotator annotator, Provenance provenance) {
    }

    private static final Map<AnnotationSetup, Opened> OPEN = new HashMap<>();

    private ExecutorAnnotators() {
    }

    /** The annotator of {@code setup}; the first caller builds it while later callers wait. */
    static synchronized Opened get(AnnotationSetup setup) {
        Opened o = OPEN.get(setup);
        if (o == null) {
            ThreadAnnotator annotator = setup.annotator(setup.openEngine());
            o = new Opened(annotator, Provenance.of(annotator).withSettingsHash(setup.identity().hash()));
            OPEN.put(setup, o);
        }
        return o;
    }
}
