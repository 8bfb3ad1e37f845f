package org.threadlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.threadlens.annotate.Polarity;

/** The contrast contract of {@link Colours} (WCAG 2.1: 4.5:1 for text, 3:1 for graphics). */
class ColoursTest {
    private static final String WHITE = "#ffffff";

    private static void assertContrast(double min, String a, String b) {
        double ratio = Colours.contrast(a, b);
        assertTrue(ratio >= min, a + " on " + b + ": " + ratio + " < " + min);
    }

    @Test
    void labelsAreReadableOnWhiteAndOnTheirTint() {
        for (Polarity p : Polarity.values()) {
            assertContrast(4.5, Colours.strong(p), WHITE);
            assertContrast(4.5, Colours.strong(p), Colours.tint(p));
            assertContrast(4.5, Colours.INK, Colours.tint(p));
        }
        assertContrast(4.5, Colours.MUTED, WHITE);
    }

    @Test
    void chartColoursStandOutFromThePage() {
        for (Polarity p : Polarity.values()) {
            assertContrast(3, Colours.fill(p), WHITE);
        }
    }

    @Test
    void everyScoreChipKeepsItsTextReadable() {
        for (int i = -100; i <= 100; i++) {
            assertContrast(4.5, Colours.INK, Colours.forScore(i / 100.0));
        }
    }

    @Test
    void theScaleRunsFromRedThroughGreyToBlue() {
        assertEquals("#d6604d", Colours.forScore(-1));
        assertEquals("#f7f7f7", Colours.forScore(0));
        assertEquals("#4393c3", Colours.forScore(1));
        assertEquals("#4393c3", Colours.forScore(7), "clamped");
        assertEquals(21, Colours.contrast("#000000", WHITE), 1e-9);
    }
}
