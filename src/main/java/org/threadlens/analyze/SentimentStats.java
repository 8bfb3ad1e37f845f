package org.threadlens.analyze;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.PolarityDistribution;

/**
 * Accumulates comment sentiments, each with a weight, into a {@link SentimentSummary}: the weighted mean
 * distribution, the count per label (unweighted), and a 95% bootstrap interval of the weighted mean score
 * ({@value #RESAMPLES} resamples, seeded so that the same comments give the same interval). Not thread-safe.
 */
public final class SentimentStats {
    static final int RESAMPLES = 500;
    private static final long SEED = 0x5EED_7EADL;

    private final List<CommentSentiment> sentiments = new ArrayList<>();
    private final List<Double> weights = new ArrayList<>();

    public SentimentStats add(CommentSentiment s, double weight) {
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight " + weight + " must be positive");
        }
        sentiments.add(s);
        weights.add(weight);
        return this;
    }

    public int size() {
        return sentiments.size();
    }

    /** The summary, or null with no comment. */
    public SentimentSummary summary() {
        int n = sentiments.size();
        if (n == 0) {
            return null;
        }
        double[] sum = new double[3];
        double total = 0;
        Map<Polarity, Integer> counts = new EnumMap<>(Polarity.class);
        for (Polarity p : Polarity.values()) {
            counts.put(p, 0);
        }
        for (int i = 0; i < n; i++) {
            double w = weights.get(i);
            double[] p = sentiments.get(i).distribution().toArray();
            for (int k = 0; k < 3; k++) {
                sum[k] += w * p[k];
            }
            total += w;
            counts.merge(sentiments.get(i).label(), 1, Integer::sum);
        }
        PolarityDistribution mean = PolarityDistribution.ofWeights(sum[0] / total, sum[1] / total, sum[2] / total);
        return new SentimentSummary(mean.argMax(), mean.score(), mean, n, counts, bootstrap());
    }

    private Interval bootstrap() {
        int n = sentiments.size();
        if (n < 2) {
            return new Interval(-1, 1);
        }
        SplittableRandom random = new SplittableRandom(SEED + n);
        double[] means = new double[RESAMPLES];
        for (int b = 0; b < RESAMPLES; b++) {
            double s = 0;
            double w = 0;
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(n);
                s += weights.get(k) * sentiments.get(k).score();
                w += weights.get(k);
            }
            means[b] = s / w;
        }
        Arrays.sort(means);
        return new Interval(means[(int) (0.025 * RESAMPLES)], means[(int) (0.975 * RESAMPLES) - 1]);
    }
}
