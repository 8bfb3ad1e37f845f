package org.threadlens.annotate;

import java.util.Objects;

/**
 * A sentence's sentiment as one scorer gave it: a label and the distribution it was read from.
 *
 * <p>Invariant, checked by the constructor: the label is the most probable class of the distribution. A tie
 * (probabilities within {@value #TIE} of the largest) may go to any of the tied classes: the scorer breaks it
 * by its own rule (CoreNLP takes the lower class, as {@link SentimentDistribution#argMax()} does). Record
 * files written before the rule (VADER sentences whose label came from the compound score and whose
 * distribution from VADER's word proportions) are read back as written through {@link #asRecorded}, which
 * does not check: reading never fails on them, and never rewrites a label.
 * Immutable and thread-safe; a value class (equality over the three fields).
 */
public final class SentenceSentiment {
    public static final String CORENLP = "corenlp";
    /** How close to the largest probability a label's own must be to count as tied with it. */
    public static final double TIE = 1e-9;

    private final SentimentLabel label;
    private final SentimentDistribution distribution;
    private final String scorer;

    /**
     * @param label        the scorer's class: the most probable class of {@code distribution}
     * @param distribution the probability of each class
     * @param scorer       which scorer: {@value #CORENLP} for CoreNLP's sentiment model; a fallback scorer's
     *                     name (e.g. {@code vader}) for a sentence CoreNLP could not parse
     * @throws IllegalArgumentException if {@code label} is not the most probable class of {@code distribution}
     */
    public SentenceSentiment(SentimentLabel label, SentimentDistribution distribution, String scorer) {
        this(label, distribution, scorer, true);
    }

    private SentenceSentiment(SentimentLabel label, SentimentDistribution distribution, String scorer, boolean check) {
        this.label = Objects.requireNonNull(label, "label");
        this.distribution = Objects.requireNonNull(distribution, "distribution");
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        if (check && !agrees(label, distribution)) {
            throw new IllegalArgumentException(scorer + " sentence label '" + label.wireName() + "' is not the most"
                    + " probable class of its distribution " + distribution + " (that is '"
                    + distribution.argMax().wireName() + "')");
        }
    }

    /**
     * A sentence sentiment as a record file holds it, label and distribution unchecked: for readers, so that
     * files written before the invariant was enforced still load. Scorers use the constructor.
     */
    public static SentenceSentiment asRecorded(SentimentLabel label, SentimentDistribution distribution, String scorer) {
        return new SentenceSentiment(label, distribution, scorer, false);
    }

    /** Whether {@code label} is a most probable class of {@code d} (ties within {@value #TIE} included). */
    public static boolean agrees(SentimentLabel label, SentimentDistribution d) {
        return d.get(label) >= d.get(d.argMax()) - TIE;
    }

    public SentimentLabel label() {
        return label;
    }

    public SentimentDistribution distribution() {
        return distribution;
    }

    public String scorer() {
        return scorer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SentenceSentiment s && label == s.label && distribution.equals(s.distribution)
                && scorer.equals(s.scorer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, distribution, scorer);
    }

    @Override
    public String toString() {
        return "SentenceSentiment[label=" + label + ", distribution=" + distribution + ", scorer=" + scorer + "]";
    }
}
