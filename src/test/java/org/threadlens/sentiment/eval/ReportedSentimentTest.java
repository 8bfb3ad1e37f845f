package org.threadlens.sentiment.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.CommentSentiment;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.PolarityDistribution;
import org.threadlens.annotate.ScorerSentiment;
import org.threadlens.annotate.SecondOpinion;
import org.threadlens.sentiment.LogisticRegression;
import org.threadlens.sentiment.SentimentCombiner;

/** The reported sentiment of a text on which the second opinion was asked always: the shipped rule applied again. */
class ReportedSentimentTest {
    /** A combination that reads only its first scorer's P(negative): negative if it is high, else positive. */
    private static SentimentCombiner.Combination firstScorerDecides(List<String> scorers) {
        int features = 3 * scorers.size() + 1;
        double[][] w = new double[3][features];
        w[Polarity.NEGATIVE.ordinal()][0] = 20;
        w[Polarity.POSITIVE.ordinal()][features - 1] = 10;
        return new SentimentCombiner.Combination(scorers, new LogisticRegression(w), new double[] {1, 1, 1});
    }

    /** With bge: bge decides; without it, opennlp decides; bge asked where opennlp's top is below 0.65. */
    private static final SentimentCombiner COMBINER = new SentimentCombiner(
            List.of(firstScorerDecides(List.of("bge", "opennlp")), firstScorerDecides(List.of("opennlp"))),
            Map.of("bge", new SecondOpinion.Rule("opennlp", 0.65)));

    private static ScorerSentiment score(String scorer, double negative, double neutral, double positive) {
        return ScorerSentiment.of(scorer, new PolarityDistribution(negative, neutral, positive));
    }

    @Test
    void whereTheGateIsSureTheSecondOpinionIsLeftOut() {
        // opennlp sure (0.9) that it is positive; bge, asked anyway by the evaluation, says negative
        Map<String, ScorerSentiment> scores = Map.of("opennlp", score("opennlp", 0.05, 0.05, 0.9),
                "bge", score("bge", 0.95, 0.05, 0));
        CommentSentiment c = ReportedSentiment.of(scores, COMBINER);
        assertEquals(Polarity.POSITIVE, c.label());
        assertEquals(COMBINER.combine(Map.of("opennlp", scores.get("opennlp"))), c);
    }

    @Test
    void whereTheGateIsUnsureTheSecondOpinionCounts() {
        Map<String, ScorerSentiment> scores = Map.of("opennlp", score("opennlp", 0.3, 0.3, 0.4),
                "bge", score("bge", 0.95, 0.05, 0));
        assertEquals(Polarity.NEGATIVE, ReportedSentiment.of(scores, COMBINER).label());
        assertEquals(COMBINER.combine(scores), ReportedSentiment.of(scores, COMBINER));
    }

    @Test
    void scoresWithoutSecondOpinionsAreCombinedAsTheyAre() {
        Map<String, ScorerSentiment> scores = Map.of("opennlp", score("opennlp", 0.9, 0.05, 0.05));
        assertEquals(COMBINER.combine(scores), ReportedSentiment.of(scores, COMBINER));
        assertNull(ReportedSentiment.of(Map.of(), COMBINER));
    }
}
