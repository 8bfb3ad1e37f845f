package org.threadlens.sentiment.vader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VaderScoresTest {
    @Test
    void rejectsProportionsAndCompoundsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> new VaderScores(-0.1, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new VaderScores(0, 1.2, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new VaderScores(0, 1, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new VaderScores(0, 1, 0, -1.01));
    }

    /** Python's round: the exact binary value, halves to even (0.0625 → 0.062, 0.1875 → 0.188). */
    @Test
    void roundsAsThePythonReferenceDoes() {
        assertEquals(new VaderScores(0.062, 0.188, 0.75, 0.1235),
                new VaderScores(0.0625, 0.1875, 0.75, 0.12345).rounded());
        assertEquals(new VaderScores(0, 0, 0, -1.0), new VaderScores(0, 0, 0, -0.99999).rounded());
    }
}
