package org.threadlens.sentiment.vader;

import org.threadlens.annotate.SentenceScorer;
import org.threadlens.annotate.SentenceSentiment;
import org.threadlens.annotate.SentimentDistribution;
import org.threadlens.annotate.SentimentLabel;

/**
 * VADER as a {@link SentenceScorer} in CoreNLP's five classes, so that its sentences sit beside CoreNLP's.
 *
 * <p>Label (VADER's own classification): from the compound score c — at most -0.6 very negative, at most
 * -0.05 negative, below 0.05 neutral, below 0.6 positive, else very positive (VADER's ±0.05 thresholds,
 * split at ±0.6 for intensity).
 *
 * <p>Distribution: derived from c alone, so that its most probable class is the label. c is mapped,
 * piecewise linearly, to a position x on the class scale (units: classes, 0 very negative … 4 very positive)
 * whose half-class marks are the thresholds: c = -1, -0.6, -0.05, 0.05, 0.6, 1 give x = 0, 0.5, 1.5, 2.5,
 * 3.5, 4. Class k gets a weight {@code exp(-(x - k)² / (2σ²))}, σ = {@value #SPREAD} class, normalised. The
 * nearest class to x is the label's band, so the label is the argmax; at a threshold itself x is moved
 * {@value #MARGIN} class into the label's band, so that the tie goes the way VADER's rule does. A text
 * without any scored word (compound 0, no negative or positive share) is wholly neutral. VADER's neg/neu/pos
 * proportions are not probabilities of a class and are not used here (the comment scorer reports them).
 * Thread-safe.
 */
public final class VaderSentenceScorer implements SentenceScorer {
    public static final String NAME = "vader";
    static final double STRONG = 0.6;
    /** VADER's own neutral band: neutral for -0.05 < compound < 0.05. */
    static final double NEUTRAL_BAND = 0.05;
    /** The standard deviation of the spread over the classes, in classes. */
    static final double SPREAD = 0.5;
    /** How far into the label's band a compound on a threshold is placed, in classes. */
    static final double MARGIN = 1e-6;
    /** Compound scores where the class position passes a half-class mark, and the positions there. */
    private static final double[] KNOTS_C = {-1, -STRONG, -NEUTRAL_BAND, NEUTRAL_BAND, STRONG, 1};
    private static final double[] KNOTS_X = {0, 0.5, 1.5, 2.5, 3.5, 4};
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
        boolean unscored = s.compound() == 0 && s.neg() == 0 && s.pos() == 0;
        return new SentenceSentiment(label(s.compound()),
                unscored ? new SentimentDistribution(0, 0, 1, 0, 0) : distribution(s.compound()), NAME);
    }

    static SentimentLabel label(double c) {
        if (c <= -STRONG) {
            return SentimentLabel.VERY_NEGATIVE;
        }
        if (c <= -NEUTRAL_BAND) {
            return SentimentLabel.NEGATIVE;
        }
        if (c < NEUTRAL_BAND) {
            return SentimentLabel.NEUTRAL;
        }
        return c < STRONG ? SentimentLabel.POSITIVE : SentimentLabel.VERY_POSITIVE;
    }

    /** The five-class spread around compound {@code c} (see the class comment); its argmax is {@link #label}. */
    static SentimentDistribution distribution(double c) {
        if (!(c >= -1 && c <= 1)) {
            throw new IllegalArgumentException("VADER compound " + c + " outside [-1, 1]");
        }
        int band = label(c).value();
        double x = Math.max(band - 0.5 + MARGIN, Math.min(band + 0.5 - MARGIN, position(c)));
        double[] p = new double[5];
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            p[k] = Math.exp(-(x - k) * (x - k) / (2 * SPREAD * SPREAD));
            sum += p[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] /= sum;
        }
        return new SentimentDistribution(p);
    }

    /** The position of compound {@code c} on the class scale, 0 (very negative) to 4 (very positive). */
    static double position(double c) {
        int i = 1;
        while (i < KNOTS_C.length - 1 && c > KNOTS_C[i]) {
            i++;
        }
        double t = (c - KNOTS_C[i - 1]) / (KNOTS_C[i] - KNOTS_C[i - 1]);
        return KNOTS_X[i - 1] + t * (KNOTS_X[i] - KNOTS_X[i - 1]);
    }
}
