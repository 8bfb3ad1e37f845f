package org.threadlens.analyze;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalTest {
    @Test
    void wilsonMatchesThePublishedFormula() {
        // 8 of 10: the 95% Wilson interval is [0.490, 0.943]
        Interval i = Interval.wilson(8, 10);
        assertEquals(0.490, i.low(), 1e-3);
        assertEquals(0.943, i.high(), 1e-3);
    }

    @Test
    void noneAndAllStayInsideTheUnitInterval() {
        assertEquals(0, Interval.wilson(0, 5).low(), 1e-12);
        assertEquals(1, Interval.wilson(5, 5).high(), 1e-12);
        assertTrue(Interval.wilson(5, 5).low() < 1);
        assertEquals(new Interval(0, 1), Interval.wilson(0, 0));
    }
}
