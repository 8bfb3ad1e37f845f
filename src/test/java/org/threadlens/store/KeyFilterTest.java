package org.threadlens.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeyFilterTest {
    @Test
    void everyKeyAddedIsMaybeThereAndFewOthersAre() {
        KeyFilter f = new KeyFilter();
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            f.add("reddit", "t3_" + Integer.toString(i, 36));
        }
        for (int i = 0; i < n; i++) {
            assertTrue(f.mightContain("reddit", "t3_" + Integer.toString(i, 36)), "added " + i);
        }
        int falsePositives = 0;
        for (int i = n; i < 2 * n; i++) {
            if (f.mightContain("reddit", "t3_" + Integer.toString(i, 36))) {
                falsePositives++;
            }
        }
        assertTrue(falsePositives < n / 1000, falsePositives + " of " + n + " keys never added were 'maybe'");
    }

    @Test
    void thePlatformIsPartOfTheKey() {
        KeyFilter f = new KeyFilter();
        f.add("reddit", "123");
        assertTrue(f.mightContain("reddit", "123"));
        assertFalse(f.mightContain("hackernews", "123"));
        assertFalse(f.mightContain("reddit1", "23"), "the two parts are kept apart");
    }
}
