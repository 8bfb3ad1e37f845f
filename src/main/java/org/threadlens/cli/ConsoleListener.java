package org.threadlens.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.threadlens.annotate.AnnotationFailure;
import org.threadlens.pipeline.RunListener;
import org.threadlens.read.ReadProblem;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.thread.DiscussionThread;

/**
 * Prints a run's events: problems on stderr as they happen, progress, each thread's summary, and at the end
 * what the store already held (threads skipped as done, threads annotated again and why).
 *
 * <p>Thread-safety: the methods that print are synchronized, so that lines from other threads
 * ({@link #message}: a signal's notice, a library's log line; readers' skipped records) go above the progress
 * line, never into it.
 */
final class ConsoleListener implements RunListener {
    /** Skipped threads named in the report; the rest are counted. */
    static final int NAMED = 5;
    private final PrintStream err;
    private final PrintStream summaryOut;
    private final Progress progress;
    private final List<String> skippedIds = new ArrayList<>();
    private long skippedThreads;
    private long skippedComments;
    private final Map<String, Long> reannotated = new TreeMap<>();

    /** @param summaryOut nullable: where thread summaries go; null prints none */
    ConsoleListener(PrintStream err, PrintStream summaryOut, boolean showProgress) {
        this.err = err;
        this.summaryOut = summaryOut;
        this.progress = new Progress(err, showProgress);
    }

    @Override
    public synchronized void threadRead(DiscussionThread thread) {
        progress.read(thread.comments().size());
    }

    @Override
    public synchronized void threadDone(AnnotatedThread record) {
        if (summaryOut != null) {
            progress.clear();
            ThreadSummaryPrinter.print(record, summaryOut);
        }
        progress.done(record.thread().comments().size());
    }

    @Override
    public synchronized void threadSkipped(DiscussionThread thread) {
        skippedThreads++;
        skippedComments += thread.comments().size();
        if (skippedIds.size() < NAMED) {
            skippedIds.add(thread.id());
        }
        progress.done(thread.comments().size());
    }

    @Override
    public void threadReannotated(DiscussionThread thread, String reason) {
        reannotated.merge(reason, 1L, Long::sum);
    }

    /** What the store already held: threads skipped as done (the first few named), threads annotated again by reason. */
    void reportResume(PrintStream out) {
        if (skippedThreads > 0) {
            String more = skippedThreads > skippedIds.size() ? " and " + (skippedThreads - skippedIds.size()) + " more" : "";
            out.println("already done, skipped: " + skippedThreads + " thread" + (skippedThreads == 1 ? "" : "s") + " ("
                    + skippedComments + " texts) stored with the same content, settings and layers: "
                    + String.join(", ", skippedIds) + more);
        }
        if (!reannotated.isEmpty()) {
            List<String> parts = new ArrayList<>();
            reannotated.forEach((reason, n) -> parts.add(n + " " + reason));
            out.println("annotated again (stored threads): " + String.join("; ", parts));
        }
    }

    @Override
    public synchronized void skipped(ReadProblem problem) {
        progress.clear();
        err.println("skipped: " + problem);
    }

    @Override
    public synchronized void inputFailed(String file, String message) {
        progress.clear();
        err.println("threadlens: " + message);
    }

    @Override
    public synchronized void annotationFailed(AnnotationFailure failure) {
        progress.clear();
        err.println("not annotated: " + failure.textId() + ": " + failure.message());
    }

    /** Prints a line on stderr above the progress line (which the next event draws again). Any thread. */
    synchronized void message(String line) {
        progress.clear();
        err.println(line);
    }

    synchronized void finish() {
        progress.clear();
    }
}
