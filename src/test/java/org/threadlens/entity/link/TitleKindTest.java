package org.threadlens.entity.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TitleKindTest {
    @Test
    void theDisambiguatorsHeadNounSaysTheKind() {
        assertEquals(TitleKind.WORK, TitleKind.of("Python_(programming_language)"));
        assertEquals(TitleKind.WORK, TitleKind.of("Bone_(comics)"));
        assertEquals(TitleKind.WORK, TitleKind.of("Trump_(card_games)"));
        assertEquals(TitleKind.WORK, TitleKind.of("Go_(game)"));
        assertEquals(TitleKind.WORK, TitleKind.of("Avatar_(2009_film)"));
        assertEquals(TitleKind.PERSON, TitleKind.of("Kanye_(rapper)"));
        assertEquals(TitleKind.PERSON, TitleKind.of("Jordan_(footballer,_born_1990)"));
        assertEquals(TitleKind.PERSON, TitleKind.of("John_Smith_(film_director)"));
        assertEquals(TitleKind.ORGANIZATION, TitleKind.of("Queen_(band)"));
        assertEquals(TitleKind.PLACE, TitleKind.of("Georgia_(U.S._state)"));
        assertEquals(TitleKind.DISAMBIGUATION, TitleKind.of("Mercury_(disambiguation)"));
    }

    @Test
    void aCommaDisambiguatorIsAPlace() {
        assertEquals(TitleKind.PLACE, TitleKind.of("Santa_Monica,_California"));
    }

    @Test
    void aTitleWithoutAKnownDisambiguatorSaysNothing() {
        assertEquals(TitleKind.UNKNOWN, TitleKind.of("Reddit"));
        assertEquals(TitleKind.UNKNOWN, TitleKind.of("Pythonidae"));
        assertEquals(TitleKind.UNKNOWN, TitleKind.of("Python_(genus)"));
    }

    @Test
    void theNameOfATitleLeavesTheDisambiguatorOut() {
        assertEquals("Python", TitleNames.baseName("Python_(programming_language)"));
        assertEquals("Santa Monica", TitleNames.baseName("Santa_Monica,_California"));
        assertEquals("Jordan", TitleNames.baseName("Jordan_(footballer,_born_1990)"));
        assertEquals("Hacker News", TitleNames.baseName("Hacker_News"));
    }

    @Test
    void capitalsAndWords() {
        assertTrue(TitleNames.isAllCapitals("ILYA"));
        assertFalse(TitleNames.isAllCapitals("Ilya"));
        assertFalse(TitleNames.isAllCapitals("X"), "one letter is not a word in capitals");
        assertTrue(TitleNames.isCapitalised("4chan"));
        assertFalse(TitleNames.isCapitalised("trump"));
        assertEquals(2, TitleNames.wordCount(" Hacker  News "));
    }
}
