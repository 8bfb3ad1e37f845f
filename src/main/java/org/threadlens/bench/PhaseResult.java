package org.threadlens.bench;

import java.util.Locale;

/**
 * One timed run over the texts.
 *
 * @param name      what ran
 * @param texts     comment texts processed
 * @param tokens    tokens in those texts (as CoreNLP's tokenizer counts them)
 * @param seconds   wall time
 * @param cpuSeconds CPU time of the whole process during the run (every thread: workers, GC, JIT), or a
 *                   negative number where the JVM cannot tell; unlike wall time it does not grow when other
 *                   processes share the cores
 * @param peakHeap  peak used heap during the run, bytes
 * @param jitSeconds time the JIT compilers spent during the run (part of {@code cpuSeconds}), or negative if unknown
 * @param gcSeconds  time the garbage collectors spent during the run, or negative if unknown
 */
public record PhaseResult(String name, int texts, long tokens, double seconds, double cpuSeconds, long peakHeap,
                          double jitSeconds, double gcSeconds) {
    public double textsPerSecond() {
        return texts / seconds;
    }

    public double tokensPerSecond() {
        return tokens / seconds;
    }

    /** Texts per CPU second of the process; NaN where CPU time is unknown. */
    public double textsPerCpuSecond() {
        return cpuSeconds > 0 ? texts / cpuSeconds : Double.NaN;
    }

    public String format() {
        String line = String.format(Locale.ROOT, "%-34s %6d texts %8.1f s %9.1f comments/s %10.0f tokens/s %8.1f CPU s  peak heap %6.0f MB",
                name, texts, seconds, textsPerSecond(), tokensPerSecond(), cpuSeconds, peakHeap / 1e6);
        if (jitSeconds >= 0 && gcSeconds >= 0) {
            line += String.format(Locale.ROOT, "  (JIT %.2f s, GC %.2f s)", jitSeconds, gcSeconds);
        }
        return line;
    }
}
