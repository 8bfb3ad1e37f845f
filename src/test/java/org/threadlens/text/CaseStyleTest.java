package org.threadlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CaseStyleTest {
    @Test
    void lowerUpperAndMixedText() {
        assertEquals(CaseStyle.LOWER, CaseStyle.of("went to paris with elon musk last week, it was great"));
        assertEquals(CaseStyle.UPPER, CaseStyle.of("THIS IS THE WORST THREAD I HAVE EVER READ"));
        assertEquals(CaseStyle.MIXED, CaseStyle.of("Went to Paris with Elon Musk last week."));
    }

    @Test
    void shortTextIsTooShortToTell() {
        assertEquals(CaseStyle.MIXED, CaseStyle.of("lol ok"));
    }

    @Test
    void oneCapitalInALongLowercaseTextIsStillLowercase() {
        assertEquals(CaseStyle.LOWER, CaseStyle.of("i think the new policy from the government is bad for everyone here and I hate it a lot"));
    }
}
