package org.threadlens.sentiment.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.threadlens.annotate.Polarity;
import org.threadlens.annotate.PolarityDistribution;

class CalibrationTest {
    private static PolarityDistribution p(double negative, double neutral, double positive) {
        return new PolarityDistribution(negative, neutral, positive);
    }

    @Test
    void eceWeighsEachBinsGapByItsShareOfTexts() {
        Calibration c = new Calibration();
        // P(positive) 0.8 twice (bin [0.8, 0.9)): 1 of 2 positive, gap |0.8 - 0.5| = 0.3
        c.add(Polarity.POSITIVE, p(0.1, 0.1, 0.8));
        c.add(Polarity.NEGATIVE, p(0.1, 0.1, 0.8));
        // P(positive) 0.25 twice (bin [0.2, 0.3)): 1 of 2 positive, gap |0.25 - 0.5| = 0.25
        c.add(Polarity.POSITIVE, p(0, 0.75, 0.25));
        c.add(Polarity.NEUTRAL, p(0, 0.75, 0.25));
        assertEquals(0.5 * 0.3 + 0.5 * 0.25, c.expectedError(Polarity.POSITIVE), 1e-9);
        // the overall means are close although the bins are off: ECE is not the gap of the means
        assertEquals(0.525, c.meanProbability(Polarity.POSITIVE), 1e-9);
        assertEquals(0.5, c.observedFrequency(Polarity.POSITIVE), 1e-9);
        // P(negative) 0.1 twice (bin [0.1, 0.2)), 1 of 2 negative: gap 0.4; P 0 twice, none negative: gap 0
        assertEquals(0.5 * 0.4, c.expectedError(Polarity.NEGATIVE), 1e-9);
        // P(neutral) 0.1 twice: 0 neutral, gap 0.1; 0.75 twice: 1 neutral, gap 0.25
        assertEquals(0.5 * 0.1 + 0.5 * 0.25, c.expectedError(Polarity.NEUTRAL), 1e-9);
    }

    @Test
    void certainRightPredictionsArePerfectlyCalibratedAndProbabilityOneFallsInTheLastBin() {
        Calibration c = new Calibration();
        c.add(Polarity.POSITIVE, p(0, 0, 1));
        c.add(Polarity.NEGATIVE, p(1, 0, 0));
        c.add(Polarity.NEUTRAL, null);
        for (Polarity k : Polarity.values()) {
            assertEquals(0, c.expectedError(k), 1e-12, k.wireName());
            assertEquals(1 / 3.0, c.meanProbability(k), 1e-12, k.wireName());
        }
        assertEquals(3, c.total());
    }

    @Test
    void aMissingPredictionCountsAsCertainlyNeutral() {
        Calibration c = new Calibration();
        c.add(Polarity.POSITIVE, null);
        assertEquals(1, c.expectedError(Polarity.NEUTRAL), 1e-12);
        assertEquals(1, c.expectedError(Polarity.POSITIVE), 1e-12);
        assertEquals(0, c.expectedError(Polarity.NEGATIVE), 1e-12);
    }

    @Test
    void noTextsGiveZeros() {
        Calibration c = new Calibration();
        assertEquals(0, c.expectedError(Polarity.NEUTRAL));
        assertEquals(0, c.meanProbability(Polarity.NEUTRAL));
        assertEquals(0, c.observedFrequency(Polarity.NEUTRAL));
    }
}
