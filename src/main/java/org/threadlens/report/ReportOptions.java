package org.threadlens.report;

/**
 * The report's limits, which keep a page of a large store readable and its size bounded.
 *
 * @param maxThreads  threads given a section of their own (the first in store order); the overview counts all
 * @param maxComments rows of each thread's reply tree (the first in thread order); the charts count all
 */
public record ReportOptions(int maxThreads, int maxComments) {
    public static final int DEFAULT_MAX_THREADS = 100;
    public static final int DEFAULT_MAX_COMMENTS = 500;

    public ReportOptions {
        if (maxThreads < 1 || maxComments < 1) {
            throw new IllegalArgumentException("report limits must be at least 1 (threads " + maxThreads + ", comments "
                    + maxComments + ")");
        }
    }

    public static ReportOptions defaults() {
        return new ReportOptions(DEFAULT_MAX_THREADS, DEFAULT_MAX_COMMENTS);
    }
}
