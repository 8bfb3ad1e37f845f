package org.threadlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.threadlens.pipeline.RunResult;

class InterruptReportTest {
    private static RunResult stopped(long annotated, long done, long notStored) {
        return new RunResult(1, 0, annotated, annotated * 4, done, done * 4, 0, 0, 3, 12.5, "SIGINT", notStored);
    }

    @Test
    void annotateIntoAStoreSaysWhatIsStoredWhatWasDroppedAndHowToResume() {
        assertEquals("interrupted (SIGINT): 1234 threads stored in corpus.duckdb (run 3): 1200 annotated, 34 already there; "
                + "2 in hand were dropped; run the same command again to resume (stored threads are skipped)",
                InterruptReport.annotate(stopped(1200, 34, 2), "corpus.duckdb", null));
    }

    @Test
    void annotateWithOutSaysTheFileIsNotWritten() {
        assertEquals("interrupted (SIGINT): 1 thread stored in s.duckdb (run 3): 1 annotated, 0 already there; 1 in hand "
                + "was dropped; out.jsonl not written (only a run that ends writes it, whole); run the same command again "
                + "to resume (stored threads are skipped)", InterruptReport.annotate(stopped(1, 0, 1), "s.duckdb", "out.jsonl"));
    }

    @Test
    void annotateWithoutAStoreKeepsNothingButStdout() {
        assertEquals("interrupted (SIGINT): 5 threads annotated; none was in hand; stdout has the 5 threads and ends there; "
                + "without a store, the same command annotates every thread again",
                InterruptReport.annotate(stopped(5, 0, 0), null, "-"));
    }

    @Test
    void export() {
        assertEquals("interrupted (SIGTERM) after 120 of 500 threads: nothing written to out.jsonl (the partial output is "
                + "removed); run the same command again", InterruptReport.export("SIGTERM", 120, 500, "out.jsonl"));
        assertEquals("interrupted (SIGINT) after 1 of 3 threads: the output on stdout is incomplete",
                InterruptReport.export("SIGINT", 1, 3, "-"));
    }
}
