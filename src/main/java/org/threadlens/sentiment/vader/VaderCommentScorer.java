package org.threadlens.sentiment.vader;

import java.util.List;
import org.threadlens.annotate.CommentScorer;
import org.threadlens.annotate.PolarityDistribution;
import org.threadlens.annotate.ScorerSentiment;

/**
 * VADER on a whole comment's own words, scorer {@value VaderSentenceScorer#NAME}: label from the compound
 * score (thresholds of {@link VaderSentenceScorer}), score = compound, distribution = the sentence scorer's
 * five-class spread of the compound folded to negative, neutral, positive, so that the label's polarity is its
 * most probable class. (VADER's own word proportions are not a probability of the comment's class: nearly
 * every comment's largest share is neutral.) Thread-safe.
 */
public final class VaderCommentScorer implements CommentScorer {
    private final VaderScorer vader;

    public VaderCommentScorer(VaderScorer vader) {
        this.vader = vader;
    }

    public static VaderCommentScorer standard() {
        return new VaderCommentScorer(VaderScorer.standard());
    }

    @Override
    public String name() {
        return VaderSentenceScorer.NAME;
    }

    @Override
    public String description() {
        return "VADER 3.3.2 over the comment's own words (quotes left out)";
    }

    @Override
    public ScorerSentiment score(String plainText) {
        VaderScores s = vader.score(plainText);
        PolarityDistribution p = PolarityDistribution.of(VaderSentenceScorer.distribution(s.compound()));
        return new ScorerSentiment(name(), VaderSentenceScorer.label(s.compound()), s.compound(),
                List.of(p.negative(), p.neutral(), p.positive()), p);
    }
}
