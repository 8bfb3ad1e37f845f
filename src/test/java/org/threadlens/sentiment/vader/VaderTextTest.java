package org.threadlens.sentiment.vader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokenization as in the reference 3.3.2: whitespace split, punctuation stripped unless ≤ 2 remain. */
class VaderTextTest {
    private static final VaderLexicon LEXICON = VaderLexicon.standard();

    private static void assertTokens(String text, String... expected) {
        assertEquals(List.of(expected), VaderText.of(text, LEXICON).tokens(), text);
    }

    @Test
    void stripsSurroundingPunctuationFromWords() {
        assertTokens("VADER is smart, handsome, and funny.", "VADER", "is", "smart", "handsome", "and", "funny");
        // "it..." stays whole: stripped, only two code points would remain.
        assertTokens("\"Wow!!!\" (really?) isn't it...", "Wow", "really", "isn't", "it...");
    }

    @Test
    void keepsTokensThatStrippingWouldLeaveWithTwoCodePointsOrFewer() {
        assertTokens("ok, :) :D :-( a I !!! ?", "ok,", ":)", ":D", ":-(", "a", "I", "!!!", "?");
    }

    @Test
    void splitsOnPythonWhitespaceIncludingNoBreakAndIdeographicSpaces() {
        assertTokens("good\u00A0day\u3000now\u2009then\u001Fend", "good", "day", "now", "then", "end");
        assertTokens("zero\u200Bwidth", "zero\u200Bwidth");
    }

    @Test
    void capitalsDifferOnlyWhenSomeButNotAllTokensAreCapitals() {
        assertTrue(VaderText.of("GOOD day", LEXICON).capsDifferential());
        assertFalse(VaderText.of("GOOD DAY!", LEXICON).capsDifferential());
        assertFalse(VaderText.of("good day", LEXICON).capsDifferential());
        assertFalse(VaderText.of(":) :(", LEXICON).capsDifferential());
    }

    @Test
    void replacesEmojiByTheirDescriptionsWithALeadingSpaceOnly() {
        assertEquals("a beaming face with smiling eyesb", VaderText.replaceEmoji("a😁b", LEXICON));
        assertEquals("red heart️ red heart", VaderText.replaceEmoji("❤️❤", LEXICON));
        assertEquals("no emoji here", VaderText.replaceEmoji("no emoji here", LEXICON));
    }
}
