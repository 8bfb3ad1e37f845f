package org.threadlens.annotate;

import java.util.Locale;

/**
 * True positives, false positives and false negatives of one class, and the precision, recall and F1 they
 * give (0 where undefined). Immutable.
 */
public record PrfCounts(long tp, long fp, long fn) {
    public PrfCounts {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    public static PrfCounts zero() {
        return new PrfCounts(0, 0, 0);
    }

    public PrfCounts plus(PrfCounts o) {
        return new PrfCounts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public double precision() {
        return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** {@code P 0.712  R 0.534  F1 0.610  (tp 93, fp 38, fn 81)}. */
    public String format() {
        return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", precision(), recall(), f1(), tp, fp, fn);
    }
}
