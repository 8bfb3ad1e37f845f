package org.threadlens.annotate;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A costly comment scorer asked only where a cheaper one is unsure ({@link Rule}). The comment-level combiner
 * then applies its combination with this scorer to those comments and the one without it to the rest;
 * {@code threadlens train sentiment} chooses the rule's threshold on the training comments as the lowest that
 * keeps the macro-F1 of asking it always. Entity sentences, which need only a rough polarity, never ask it.
 * Immutable and thread-safe (the scorer is, by contract).
 *
 * @param scorer the costly scorer
 * @param rule   when to ask it
 */
public record SecondOpinion(CommentScorer scorer, Rule rule) implements CommentScorer {
    public SecondOpinion {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * Ask where the {@code gate} scorer's most probable polarity has a probability below {@code below}, or
     * where the gate scorer gave no answer.
     *
     * @param gate  the name of the scorer whose confidence decides
     * @param below the top probability under which the costly scorer is asked, in (0, 1]; 1 asks it always
     */
    public record Rule(String gate, double below) {
        public Rule {
            Objects.requireNonNull(gate, "gate");
            if (!(below > 0 && below <= 1)) {
                throw new IllegalArgumentException("threshold " + below + " outside (0, 1]");
            }
        }

        /** Whether a comment, with the scores it has so far, needs the second opinion. */
        public boolean wanted(Map<String, ScorerSentiment> scoresSoFar) {
            ScorerSentiment g = scoresSoFar.get(gate);
            if (g == null || below >= 1) {
                return true;
            }
            PolarityDistribution p = g.polarity();
            return p.get(p.argMax()) < below;
        }
    }

    /** Whether the comment, with the scores it has so far, needs this scorer. */
    public boolean wanted(Map<String, ScorerSentiment> scoresSoFar) {
        return rule.wanted(scoresSoFar);
    }

    @Override
    public ScorerSentiment score(String plainText) {
        return scorer.score(plainText);
    }

    @Override
    public String name() {
        return scorer.name();
    }

    @Override
    public String description() {
        return scorer.description() + String.format(Locale.ROOT, " (asked where %s's top probability is below %.2f)",
                rule.gate(), rule.below());
    }
}
