package org.threadlens.report;

import java.util.EnumMap;
import java.util.Map;
import org.threadlens.analyze.Interval;
import org.threadlens.analyze.SentimentSummary;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.PolarityDistribution;
import org.threadlens.annotate.TextAnnotations;
import org.threadlens.record.AnnotatedThread;
import org.threadlens.thread.Comment;

/**
 * The mood over every comment of many threads, accumulated in constant memory (a store may hold millions
 * of comments): the mean distribution, the count per label, and the mean score with a 95% normal interval.
 *
 * <p>Decision: the intervals here (Wilson for shares, normal for the score) treat comments as independent.
 * Comments of one thread are not, so across threads that differ these intervals are too narrow; the page says
 * so. A thread's own intervals ({@code SentimentSummary}) are unaffected. Not thread-safe.
 */
final class CorpusMood {
    private static final double Z = 1.959963984540054;

    private final long[] counts = new long[3];
    private final double[] sum = new double[3];
    private long threads;
    private long texts;
    private long scored;
    private double sumScore;
    private double sumSquares;

    void add(AnnotatedThread r) {
        threads++;
        texts += r.thread().comments().size();
        for (Comment c : r.thread().comments()) {
            TextAnnotations a = r.annotationsOf(c);
            CommentSentiment s = a == null ? null : a.sentiment();
            if (s == null) {
                continue;
            }
            scored++;
            counts[s.label().ordinal()]++;
            double[] p = s.distribution().toArray();
            for (int k = 0; k < 3; k++) {
                sum[k] += p[k];
            }
            sumScore += s.score();
            sumSquares += s.score() * s.score();
        }
    }

    long threads() {
        return threads;
    }

    long texts() {
        return texts;
    }

    long scored() {
        return scored;
    }

    /** The summary, or null with no comment sentiment. */
    SentimentSummary summary() {
        if (scored == 0) {
            return null;
        }
        int n = Math.toIntExact(scored);
        PolarityDistribution mean = PolarityDistribution.ofWeights(sum[0] / n, sum[1] / n, sum[2] / n);
        Map<Polarity, Integer> byLabel = new EnumMap<>(Polarity.class);
        for (Polarity p : Polarity.values()) {
            byLabel.put(p, (int) counts[p.ordinal()]);
        }
        return new SentimentSummary(mean.argMax(), mean.score(), mean, n, byLabel, scoreInterval());
    }

    private Interval scoreInterval() {
        if (scored < 2) {
            return new Interval(-1, 1);
        }
        double mean = sumScore / scored;
        double variance = Math.max(0, (sumSquares - scored * mean * mean) / (scored - 1));
        double half = Z * Math.sqrt(variance / scored);
        return new Interval(Math.max(-1, mean - half), Math.min(1, mean + half));
    }
}
