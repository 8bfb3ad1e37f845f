package org.threadlens.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

/**
 * What one {@code threadlens} command line did: exit status, output, stderr and wall time.
 *
 * @param out stdout (for {@code read --out -}: the thread records, one per line)
 */
public record Outcome(int exit, String out, String err, long millis) {
    /** The thread records written to stdout. */
    public List<String> records() {
        return out.isEmpty() ? List.of() : Arrays.stream(out.split("\n")).filter(l -> l.startsWith("{\"schema\"")).toList();
    }

    /** The records reported skipped on stderr ({@code skipped: FILE:LINE: ...}). */
    public List<String> skipped() {
        return err.lines().filter(l -> l.startsWith("skipped: ")).toList();
    }

    /** The inputs reported as unreadable or broken off ({@code threadlens: FILE: ...}). */
    public List<String> failed() {
        return err.lines().filter(l -> l.startsWith("threadlens: ")).toList();
    }

    /** The invariants of every outcome: exit 0 or 2 (never 1: hostile input is no internal failure), no stack trace. */
    public Outcome assertHandled() {
        assertTrue(exit == 0 || exit == 2, "exit " + exit + ": " + err);
        assertNoStackTrace();
        return this;
    }

    public Outcome assertNoStackTrace() {
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread") || err.contains("internal error"),
                "no stack trace or internal error: " + head(err));
        return this;
    }

    public Outcome assertWithin(long maxMillis) {
        assertTrue(millis < maxMillis, "took " + millis + " ms, more than " + maxMillis);
        return this;
    }

    /** A short head of a long text, for assertion messages. */
    static String head(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 2000) + "... (" + s.length() + " chars)";
    }

    @Override
    public String toString() {
        return "exit " + exit + " in " + millis + " ms, " + records().size() + " records, stderr:\n" + head(err);
    }
}
