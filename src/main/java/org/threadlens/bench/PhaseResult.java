package org.threadlens.bench;

import java.util.Locale;

/**
 * One timed run over the texts.
 *
 * @param name      what ran
 * @param texts     comment texts processed
 * @param tokens    tokens in those texts (as CoreNLP's tokenizer counts them)
 * @param seconds   wall time
 * @param peakHeap  peak used heap during the run, bytes
 */
public record PhaseResult(String name, int texts, long tokens, double seconds, long peakHeap) {
    public double textsPerSecond() {
        return texts / seconds;
    }

    public double tokensPerSecond() {
        return tokens / seconds;
    }

    public String format() {
        return String.format(Locale.ROOT, "%-34s %6d texts %8.1f s %9.1f comments/s %10.0f tokens/s  peak heap %6.0f MB",
                name, texts, seconds, textsPerSecond(), tokensPerSecond(), peakHeap / 1e6);
    }
}
