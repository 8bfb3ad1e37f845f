package org.threadlens.cli;

import java.io.PrintStream;
import org.threadlens.annotate.AnnotationFailure;
import org.threadlens.read.ReadProblem;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.run.RunListener;
import org.threadlens.thread.DiscussionThread;

/** Prints a run's events: problems on stderr as they happen, progress, and each thread's summary. */
final class ConsoleListener implements RunListener {
    private final PrintStream err;
    private final PrintStream summaryOut;
    private final Progress progress;

    /** @param summaryOut nullable: where thread summaries go; null prints none */
    ConsoleListener(PrintStream err, PrintStream summaryOut, boolean showProgress) {
        this.err = err;
        this.summaryOut = summaryOut;
        this.progress = new Progress(err, showProgress);
    }

    @Override
    public void threadRead(DiscussionThread thread) {
        progress.read(thread.comments().size());
    }

    @Override
    public void threadDone(AnnotatedThread record) {
        if (summaryOut != null) {
            progress.clear();
            ThreadSummaryPrinter.print(record, summaryOut);
        }
        progress.done(record.thread().comments().size());
    }

    @Override
    public synchronized void skipped(ReadProblem problem) {
        progress.clear();
        err.println("skipped: " + problem);
    }

    @Override
    public void inputFailed(String file, String message) {
        progress.clear();
        err.println("threadlens: " + message);
    }

    @Override
    public void annotationFailed(AnnotationFailure failure) {
        progress.clear();
        err.println("not annotated: " + failure.textId() + ": " + failure.message());
    }

    void finish() {
        progress.clear();
    }
}
