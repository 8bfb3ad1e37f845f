package org.threadlens.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.threadlens.annotate.AnnotationFailure;
import org.threadlens.read.ReadProblem;
import org.threadlens.read.ReadProblems;

/**
 * What the workers count and report, through Spark accumulators (shown in Spark's UI under these names):
 * records skipped, inputs that failed, threads and comments done, texts the engine failed on, and the first
 * {@link ReadProblems#KEPT} messages of each task. Counts are exact unless Spark ran a task twice (a retry
 * after a lost executor, speculation), as Spark's accumulators in transformations are. Created on the driver
 * with {@link #register}; shipped to the tasks with their functions.
 */
final class JobCounters implements Serializable {
    private static final long serialVersionUID = 1L;

    final LongAccumulator skipped;
    final LongAccumulator failedInputs;
    final LongAccumulator threads;
    final LongAccumulator comments;
    final LongAccumulator annotationFailures;
    private final CollectionAccumulator<String> messages;

    private JobCounters(SparkContext sc) {
        skipped = sc.longAccumulator("threadlens: records skipped");
        failedInputs = sc.longAccumulator("threadlens: inputs failed");
        threads = sc.longAccumulator("threadlens: threads");
        comments = sc.longAccumulator("threadlens: comments");
        annotationFailures = sc.longAccumulator("threadlens: texts not annotated");
        messages = sc.collectionAccumulator("threadlens: messages");
    }

    static JobCounters register(SparkContext sc) {
        return new JobCounters(sc);
    }

    /** The messages the tasks kept, at most {@code max}. */
    List<String> messages(int max) {
        List<String> all = messages.value();
        return List.copyOf(all.subList(0, Math.min(max, all.size())));
    }

    /** A task's own problem collector: counts go to the accumulators, the first messages too. */
    TaskProblems forTask(boolean strict) {
        return new TaskProblems(strict);
    }

    /** Where one task reports; not thread-safe beyond what {@link ReadProblems} guarantees. */
    final class TaskProblems implements ReadProblems.Listener {
        final ReadProblems problems;
        private int kept;

        private TaskProblems(boolean strict) {
            this.problems = new ReadProblems(strict, this);
        }

        @Override
        public void skipped(ReadProblem problem) {
            skipped.add(1);
            keep("skipped: " + problem);
        }

        @Override
        public void inputFailed(String file, String message) {
            failedInputs.add(1);
            keep(message);
        }

        void annotationFailed(AnnotationFailure failure) {
            annotationFailures.add(1);
            keep("not annotated: " + failure.textId() + ": " + failure.message());
        }

        private synchronized void keep(String message) {
            if (kept++ < ReadProblems.KEPT) {
                messages.add(message);
            }
        }
    }
}
