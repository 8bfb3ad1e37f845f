package org.threadlens.trends.synth;

import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.PolarityDistribution;
import org.threadlens.annotate.ScorerSentiment;

/**
 * A planned score as the sentiment records carry it: a distribution whose P(positive) − P(negative) is the score
 * (to rounding, about 1e-16), so that every roll-up that averages distributions or scores gives back the planned
 * means. The neutral share is most of what is left ({@code 1 − |s| − 2m}, with a small {@code m = 0.05(1 − |s|)}
 * on both polar sides), so labels are neutral unless |s| exceeds about 0.46.
 */
final class KnownSentiment {
    /** The scorer and method name of every synthetic score: no combination of the combiner reads it. */
    static final String SCORER = "synthetic";

    private KnownSentiment() {
    }

    /** The distribution of score {@code s}, in [-1, 1]. */
    static PolarityDistribution distribution(double s) {
        if (!(s >= -1 && s <= 1)) {
            throw new IllegalArgumentException("synthetic score " + s + " outside [-1, 1]");
        }
        double m = 0.05 * (1 - Math.abs(s));
        double positive = Math.max(s, 0) + m;
        double negative = Math.max(-s, 0) + m;
        return new PolarityDistribution(negative, Math.max(0, 1 - positive - negative), positive);
    }

    static ScorerSentiment scorer(double s) {
        return ScorerSentiment.of(SCORER, distribution(s));
    }

    static CommentSentiment comment(double s) {
        return CommentSentiment.of(distribution(s), SCORER);
    }
}
