package org.threadlens.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExportTextTest {
    @Test
    void oneLineTurnsEveryLineBreakAndControlCharacterIntoASpace() {
        assertEquals("a b c d e f", ExportText.oneLine("a\nb\rc\td\u2028e\u0000f"));
    }

    @Test
    void aCellHasNoWhitespaceAtItsEndsAndOneBlankPerGap() {
        assertEquals("New_York", ExportText.cell("  New \t\u00a0York\n", "_"));
        assertEquals("1000", ExportText.cell("1 000", ""));
        assertEquals("_", ExportText.cell(" \n ", "_"), "nothing left is written as _");
    }

    @Test
    void aCellIsInUnicodeNormalFormC() {
        assertEquals("\u00e9", ExportText.cell("e\u0301", "_"));
    }

    @Test
    void aMiscValuePercentEncodesTheSeparatorThePercentSignAndWhitespace() {
        assertEquals("Python_(programming_language)", ExportText.miscValue("Python_(programming_language)"));
        assertEquals("AC%7CDC", ExportText.miscValue("AC|DC"));
        assertEquals("100%25_(song)", ExportText.miscValue("100%_(song)"));
        assertEquals("a%20b%09c%C2%A0d", ExportText.miscValue("a b\tc\u00a0d"));
        assertEquals("M\u00e1laga=x", ExportText.miscValue("Ma\u0301laga=x"), "NFC, other characters as they are");
    }

    @Test
    void aTagHoldsNoSeparatorOfTheMiscColumn() {
        assertEquals("B_C_D", ExportText.tag("B|C=D"));
    }
}
