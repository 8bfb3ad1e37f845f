package org.threadlens.annotate;

import java.util.List;
import java.util.Objects;

/**
 * One scorer's sentiment of a whole comment, kept beside the others so that users can see where they agree.
 *
 * <p>The label is the most probable class of the distribution (folded to three classes where it has three),
 * for every scorer: VADER's label is its compound classification and its distribution the spread of that
 * compound ({@code VaderSentenceScorer}), so the two agree. Records written before that rule may hold a VADER
 * label beside its word proportions; they are read as written.
 *
 * @param scorer       {@code corenlp} (sentence sentiment rolled up), {@code vader}, {@code opennlp}, ...
 * @param label        the scorer's own decision (VADER: compound thresholds ±0.05; OpenNLP: its most probable
 *                     category; CoreNLP: the most probable of its five classes)
 * @param score        the scorer's polarity on [-1, 1] (CoreNLP: expected value; VADER: compound;
 *                     OpenNLP: P(positive) − P(negative))
 * @param distribution the scorer's own distribution: five classes for {@code corenlp}; negative, neutral,
 *                     positive for the others
 * @param polarity     the same folded to three classes, for comparing and combining scorers
 */
public record ScorerSentiment(String scorer, SentimentLabel label, double score, List<Double> distribution,
                              PolarityDistribution polarity) {
    public ScorerSentiment {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(polarity, "polarity");
        distribution = List.copyOf(distribution);
        if (!(score >= -1 && score <= 1)) {
            throw new IllegalArgumentException(scorer + " score " + score + " outside [-1, 1]");
        }
    }

    /**
     * The answer of a scorer that gives probabilities of the three polarities: its label the most probable,
     * its score P(positive) − P(negative), its distribution the three probabilities.
     */
    public static ScorerSentiment of(String scorer, PolarityDistribution p) {
        return new ScorerSentiment(scorer, p.argMax().label(), p.score(), List.of(p.negative(), p.neutral(), p.positive()), p);
    }
}
