package org.threadlens.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodePointsTest {
    @Test
    void sliceIsPythonSlicing() {
        String s = "a\uD83D\uDE00b";
        assertEquals("\uD83D\uDE00", CodePoints.slice(s, 1, 2));
        assertEquals("b", CodePoints.slice(s, 2, 3));
        assertEquals(3, CodePoints.length(s));
    }

    @Test
    void aLowSurrogateMapsToItsPairsCodePoint() {
        assertArrayEquals(new int[] {0, 1, 1, 2, 3}, CodePoints.charToCodePoint("a\uD83D\uDE00b"));
    }

    @Test
    void aLoneSurrogateCountsAsOneCodePoint() {
        assertArrayEquals(new int[] {0, 1, 2}, CodePoints.charToCodePoint("\uD83Da"));
    }
}
