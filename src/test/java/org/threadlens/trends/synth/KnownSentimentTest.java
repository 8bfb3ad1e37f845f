package org.threadlens.trends.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.PolarityDistribution;

class KnownSentimentTest {
    @Test
    void theDistributionsScoreIsThePlannedScore() {
        for (double s = -1; s <= 1; s += 0.001) {
            PolarityDistribution d = KnownSentiment.distribution(s);
            assertEquals(s, d.score(), 1e-15);
            assertEquals(1, d.negative() + d.neutral() + d.positive(), 1e-12);
            assertEquals(s, KnownSentiment.comment(s).score(), 1e-15);
            assertEquals(s, KnownSentiment.scorer(s).score(), 1e-15);
        }
    }

    @Test
    void labelsAreNeutralUnlessTheScoreIsStrong() {
        assertEquals(Polarity.NEUTRAL, KnownSentiment.comment(0.4).label());
        assertEquals(Polarity.POSITIVE, KnownSentiment.comment(0.5).label());
        assertEquals(Polarity.NEGATIVE, KnownSentiment.comment(-0.5).label());
    }

    @Test
    void aScoreOutsideTheScaleIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> KnownSentiment.distribution(1.0001));
    }
}
