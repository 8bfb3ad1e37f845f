package org.threadlens.sentiment.vader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.SentenceSentiment;
import org.threadlens.annotate.SentimentLabel;

class VaderSentenceScorerTest {
    private final VaderSentenceScorer scorer = VaderSentenceScorer.standard();

    private void assertScores(String sentence, SentimentLabel expected) {
        SentenceSentiment s = scorer.score(sentence);
        assertEquals(expected, s.label(), sentence);
        assertEquals("vader", s.scorer());
        assertEquals(1.0, Arrays.stream(s.distribution().toArray()).sum(), 1e-9);
    }

    @Test
    void compoundThresholdsGiveFiveClasses() {
        assertScores("This is the best, most wonderful day ever!!!", SentimentLabel.VERY_POSITIVE);
        assertScores("The book was good.", SentimentLabel.POSITIVE);
        assertScores("The train leaves at noon.", SentimentLabel.NEUTRAL);
        assertScores("The food was bad.", SentimentLabel.NEGATIVE);
        assertScores("This is a horrible, disgusting, hateful mess and I hate it!!", SentimentLabel.VERY_NEGATIVE);
    }

    @Test
    void aTextWithoutScoredWordsIsWhollyNeutral() {
        assertEquals(1.0, scorer.score("").distribution().get(SentimentLabel.NEUTRAL));
    }

    @Test
    void theDistributionSpreadsProportionsByIntensity() {
        // neg 0.5, neu 0.5, compound -0.8: 0.4 very negative, 0.1 negative
        double[] p = VaderSentenceScorer.distribution(new VaderScores(0.5, 0.5, 0, -0.8)).toArray();
        assertEquals(0.4, p[0], 1e-9);
        assertEquals(0.1, p[1], 1e-9);
        assertEquals(0.5, p[2], 1e-9);
    }
}
