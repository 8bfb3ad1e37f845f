package org.threadlens.cli;

import java.util.ArrayList;
import java.util.List;
import org.threadlens.pipeline.RunResult;

/**
 * The line a command prints when a signal stopped it: what is kept, what was dropped, how to resume. The
 * numbers are the run's own ({@link RunResult}); nothing here reads the store.
 */
final class InterruptReport {
    private InterruptReport() {
    }

    /**
     * For {@code annotate}: {@code interrupted (SIGINT): 120 threads stored in corpus.duckdb (run 3): 100
     * annotated, 20 already there; 2 in hand were dropped; run the same command again to resume (stored threads
     * are skipped)}.
     *
     * @param db  nullable: the store written; null with {@code --no-store}
     * @param out nullable: the {@code --out} target ({@code -} for stdout); null if none
     */
    static String annotate(RunResult r, String db, String out) {
        if (!r.stopped()) {
            throw new IllegalArgumentException("the run was not stopped");
        }
        List<String> parts = new ArrayList<>();
        long kept = r.threads() + r.threadsDone();
        if (db != null) {
            parts.add(threads(kept) + " stored in " + db + " (run " + r.runId() + "): " + r.threads() + " annotated, "
                    + r.threadsDone() + " already there");
        } else {
            parts.add(threads(r.threads()) + " annotated");
        }
        parts.add(r.threadsNotStored() == 0 ? "none was in hand"
                : r.threadsNotStored() + " in hand " + (r.threadsNotStored() == 1 ? "was" : "were") + " dropped");
        if ("-".equals(out)) {
            parts.add("stdout has the " + threads(kept) + " and ends there");
        } else if (out != null) {
            parts.add(out + " not written (only a run that ends writes it, whole)");
        }
        parts.add(db != null ? "run the same command again to resume (stored threads are skipped)"
                : "without a store, the same command annotates every thread again");
        return "interrupted (" + r.stoppedBy() + "): " + String.join("; ", parts);
    }

    /**
     * For {@code export}: {@code interrupted (SIGINT) after 120 of 500 threads: nothing written to out.jsonl (the
     * partial output is removed); run the same command again}.
     */
    static String export(String signal, long written, long total, String out) {
        String head = "interrupted (" + signal + ") after " + written + " of " + threads(total);
        return "-".equals(out) ? head + ": the output on stdout is incomplete"
                : head + ": nothing written to " + out + " (the partial output is removed); run the same command again";
    }

    private static String threads(long n) {
        return n + (n == 1 ? " thread" : " threads");
    }
}
