package org.threadlens.sentiment.vader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threadlens.annotate.SentenceSentiment;
import org.threadlens.annotate.SentimentDistribution;
import org.threadlens.annotate.SentimentLabel;

class VaderSentenceScorerTest {
    private final VaderSentenceScorer scorer = VaderSentenceScorer.standard();

    private void assertScores(String sentence, SentimentLabel expected) {
        SentenceSentiment s = scorer.score(sentence);
        assertEquals(expected, s.label(), sentence);
        assertEquals("vader", s.scorer());
        assertEquals(1.0, Arrays.stream(s.distribution().toArray()).sum(), 1e-9);
        assertEquals(expected, s.distribution().argMax(), sentence + ": label is the argmax of " + s.distribution());
    }

    @Test
    void compoundThresholdsGiveFiveClasses() {
        assertScores("This is the best, most wonderful day ever!!!", SentimentLabel.VERY_POSITIVE);
        assertScores("The book was good.", SentimentLabel.POSITIVE);
        assertScores("The train leaves at noon.", SentimentLabel.NEUTRAL);
        assertScores("The food was bad.", SentimentLabel.NEGATIVE);
        assertScores("This is a horrible, disgusting, hateful mess and I hate it!!", SentimentLabel.VERY_NEGATIVE);
    }

    /** The seed thread's comment 1: VADER's label stood beside word proportions whose largest share was neutral. */
    @Test
    void seedThreadSentencesHaveTheirLabelAsArgmax() {
        assertScores("Great news for redundancy.", SentimentLabel.VERY_POSITIVE);
        assertScores("Having two landers means one failure does not ground the whole program.", SentimentLabel.NEGATIVE);
    }

    @Test
    void aTextWithoutScoredWordsIsWhollyNeutral() {
        assertEquals(1.0, scorer.score("").distribution().get(SentimentLabel.NEUTRAL));
        assertEquals(1.0, scorer.score("The train leaves at noon.").distribution().get(SentimentLabel.NEUTRAL));
    }

    @Test
    void theLabelIsTheStrictArgmaxForEveryCompoundThresholdsIncluded() {
        List<Double> compounds = new ArrayList<>();
        for (int i = -1000; i <= 1000; i++) {
            compounds.add(i / 1000.0);
        }
        for (double t : new double[] {-1, -0.6, -0.05, 0, 0.05, 0.6, 1}) {
            compounds.add(t);
            compounds.add(Math.max(-1, Math.nextDown(t)));
            compounds.add(Math.min(1, Math.nextUp(t)));
        }
        for (double c : compounds) {
            SentimentDistribution d = VaderSentenceScorer.distribution(c);
            SentimentLabel label = VaderSentenceScorer.label(c);
            double[] p = d.toArray();
            for (int k = 0; k < 5; k++) {
                assertTrue(k == label.value() || p[k] < p[label.value()],
                        "compound " + c + ": label " + label + " must be the strict argmax of " + d);
            }
        }
    }

    @Test
    void thresholdsGoTheWayOfVadersRule() {
        assertEquals(SentimentLabel.POSITIVE, VaderSentenceScorer.distribution(0.05).argMax());
        assertEquals(SentimentLabel.NEGATIVE, VaderSentenceScorer.distribution(-0.05).argMax());
        assertEquals(SentimentLabel.VERY_POSITIVE, VaderSentenceScorer.distribution(0.6).argMax());
        assertEquals(SentimentLabel.VERY_NEGATIVE, VaderSentenceScorer.distribution(-0.6).argMax());
    }

    @Test
    void theSpreadIsCentredOnTheCompoundsPosition() {
        // compound 0.325 is the middle of the positive band (0.05..0.6): position 3, neighbours equal
        double[] p = VaderSentenceScorer.distribution(0.325).toArray();
        assertEquals(3.0, VaderSentenceScorer.position(0.325), 1e-12);
        assertEquals(p[2], p[4], 1e-12);
        assertTrue(p[3] > 0.7, Arrays.toString(p));
        // the spread is symmetric in the compound
        double[] q = VaderSentenceScorer.distribution(-0.325).toArray();
        for (int k = 0; k < 5; k++) {
            assertEquals(p[k], q[4 - k], 1e-12);
        }
        // stronger compounds move mass towards the extreme class
        assertTrue(VaderSentenceScorer.distribution(0.9).get(SentimentLabel.VERY_POSITIVE) > p[4]);
    }
}
