package org.threadlens.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lone surrogates become U+FFFD one for one; pairs and everything else stay; ids with one are refused. */
class WellFormedTextTest {
    @Test
    void loneSurrogatesAreReplacedOneForOneAndPairsKept() {
        assertEquals("a\ufffdb", WellFormedText.repaired("a\ud83db"));
        assertEquals("\ufffd\ud83d\ude00\ufffd", WellFormedText.repaired("\ude00\ud83d\ude00\ud83d"));
        assertEquals("\ufffd\ufffd", WellFormedText.repaired("\ude00\ud83d"), "a low before a high is no pair");
        String fine = "caf\u00e9 \ud83d\ude00";
        assertSame(fine, WellFormedText.repaired(fine));
        assertNull(WellFormedText.repaired(null));
        assertTrue(WellFormedText.isWellFormed(fine));
        assertFalse(WellFormedText.isWellFormed("x\udfff"));
    }

    @Test
    void theModelRepairsTextAndRefusesIds() {
        Comment c = new Comment("c1", null, CommentKind.POST, 0, "a\ud83d", null, null, "cut \ud83d emoji", Set.of());
        assertEquals("cut \ufffd emoji", c.text());
        assertEquals("a\ufffd", c.author());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Comment("c\ud83d", null, CommentKind.POST, 0, null, null, null, "x", Set.of()));
        assertTrue(e.getMessage().contains("lone UTF-16 surrogate"), e.getMessage());
    }
}
