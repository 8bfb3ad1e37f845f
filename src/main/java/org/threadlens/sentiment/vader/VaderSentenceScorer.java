package org.threadlens.sentiment.vader;

import org.threadlens.annotate.SentenceScorer;
import org.threadlens.annotate.SentenceSentiment;
import org.threadlens.annotate.SentimentDistribution;
import org.threadlens.annotate.SentimentLabel;

/**
 * VADER as a {@link SentenceScorer} in CoreNLP's five classes, so that its sentences sit beside CoreNLP's.
 *
 * <p>Mapping (documented, tested): the label comes from the compound score c — at most -0.6 very negative,
 * at most -0.05 negative, below 0.05 neutral, below 0.6 positive, else very positive (VADER's own ±0.05
 * thresholds, split at ±0.6 for intensity). The distribution spreads VADER's proportions: neutral gets
 * {@code neu}; {@code neg} goes to very negative in the share {@code max(0, -c)} and to negative otherwise;
 * {@code pos} likewise to very positive and positive. A text without any scored word is wholly neutral.
 * Thread-safe.
 */
public final class VaderSentenceScorer implements SentenceScorer {
    public static final String NAME = "vader";
    static final double STRONG = 0.6;
    private final VaderScorer vader;

    public VaderSentenceScorer(VaderScorer vader) {
        this.vader = vader;
    }

    /** VADER with its standard lexicons: the constructor {@link java.util.ServiceLoader} calls. */
    public VaderSentenceScorer() {
        this(VaderScorer.standard());
    }

    /** VADER with its standard lexicons. */
    public static VaderSentenceScorer standard() {
        return new VaderSentenceScorer(VaderScorer.standard());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "VADER 3.3.2 (Hutto & Gilbert 2014), the lexicon and rule scorer for social media text";
    }

    @Override
    public SentenceSentiment score(String plainSentence) {
        VaderScores s = vader.score(plainSentence);
        return new SentenceSentiment(label(s.compound()), distribution(s), NAME);
    }

    static SentimentLabel label(double c) {
        if (c <= -STRONG) {
            return SentimentLabel.VERY_NEGATIVE;
        }
        if (c <= -0.05) {
            return SentimentLabel.NEGATIVE;
        }
        if (c < 0.05) {
            return SentimentLabel.NEUTRAL;
        }
        return c < STRONG ? SentimentLabel.POSITIVE : SentimentLabel.VERY_POSITIVE;
    }

    static SentimentDistribution distribution(VaderScores s) {
        double c = s.compound();
        double veryNeg = s.neg() * Math.max(0, -c);
        double veryPos = s.pos() * Math.max(0, c);
        double[] p = {veryNeg, s.neg() - veryNeg, s.neu(), s.pos() - veryPos, veryPos};
        double sum = 0;
        for (double x : p) {
            sum += x;
        }
        if (sum <= 0) {
            return new SentimentDistribution(0, 0, 1, 0, 0);
        }
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.max(0, p[i] / sum);
        }
        return new SentimentDistribution(p);
    }
}
