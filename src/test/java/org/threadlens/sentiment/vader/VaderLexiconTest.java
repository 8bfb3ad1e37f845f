package org.threadlens.sentiment.vader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VaderLexiconTest {
    private static final VaderLexicon BUNDLED = VaderLexicon.standard();

    private static VaderLexicon read(String lexicon, String emoji) throws IOException {
        return read(lexicon.getBytes(StandardCharsets.UTF_8), emoji);
    }

    private static VaderLexicon read(byte[] lexicon, String emoji) throws IOException {
        return VaderLexicon.read(new ByteArrayInputStream(lexicon), "test_lexicon.txt",
                new ByteArrayInputStream(emoji.getBytes(StandardCharsets.UTF_8)), "test_emoji.txt");
    }

    private static void assertMalformed(String lexicon, String expected) {
        IOException e = assertThrows(IOException.class, () -> read(lexicon, ""));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void theBundledLexiconsAreLoadedOnceFromTheClasspath() {
        assertSame(BUNDLED, VaderLexicon.standard());
        assertEquals(7502, BUNDLED.size());
        assertEquals(1212, BUNDLED.emojiCount());
    }

    @Test
    void readsTheMeanValenceOfCrlfLines() {
        assertEquals(1.9, BUNDLED.valence("good").getAsDouble());
        assertEquals(-1.5, BUNDLED.valence("$:").getAsDouble());
        assertEquals(0.3, BUNDLED.valence("}:-)").getAsDouble());
        assertTrue(BUNDLED.valence("the").isEmpty());
    }

    /** "ok" is listed at 1.6 and again at 1.2; as in the reference's dict, the last one counts. */
    @Test
    void aTokenListedTwiceKeepsItsLastValence() {
        assertEquals(1.2, BUNDLED.valence("ok").getAsDouble());
        assertEquals(1.8, BUNDLED.valence("lol").getAsDouble());
    }

    @Test
    void readsTheTwoIsoLatin1EmoticonsAsTheirCharacters() {
        assertEquals(0.9, BUNDLED.valence(":-Þ").getAsDouble());
        assertEquals(1.1, BUNDLED.valence(":Þ").getAsDouble());
    }

    @Test
    void looksTokensUpAsWrittenInTheFile() {
        assertEquals(2.3, BUNDLED.valence(":D").getAsDouble());
        assertFalse(BUNDLED.contains("GOOD"));
    }

    @Test
    void keepsOnlySingleCodePointEmoji() {
        assertEquals("red heart", BUNDLED.emojiDescription("❤".codePointAt(0)));
        assertEquals("beaming face with smiling eyes", BUNDLED.emojiDescription("😁".codePointAt(0)));
        assertEquals("medical symbol", BUNDLED.emojiDescription("⚕".codePointAt(0)));
        assertNull(BUNDLED.emojiDescription('a'));
        assertNull(BUNDLED.emojiDescription(0xFE0F));
        assertNull(BUNDLED.emojiDescription(0x200D));
    }

    @Test
    void readsTabSeparatedLinesAndSkipsBlankOnes() throws IOException {
        VaderLexicon lexicon = read("good\t1.9\t0.9\t[2, 1]\r\n\n  \nmeh\t-0.3\n",
                "😀\tgrinning face\n👍🏻\tthumbs up: light skin tone\n");
        assertEquals(2, lexicon.size());
        assertEquals(-0.3, lexicon.valence("meh").getAsDouble());
        assertEquals(1, lexicon.emojiCount());
    }

    @Test
    void namesTheFileAndLineOfAMalformedEntry() {
        assertMalformed("good\t1.9\nbad -2.5\n", "test_lexicon.txt:2: expected TOKEN<TAB>MEAN-VALENCE, found 'bad -2.5'");
        assertMalformed("good\tvery\n", "test_lexicon.txt:1: expected a finite mean valence, found 'very'");
        assertMalformed("good\tNaN\n", "test_lexicon.txt:1: expected a finite mean valence");
    }

    @Test
    void readsAnIsoLatin1LineOnlyWhenItIsNotUtf8() throws IOException {
        byte[] bytes = {':', (byte) 0xDE, '\t', '1', '\n', ':', (byte) 0xC3, (byte) 0x9E, '-', '\t', '2'};
        VaderLexicon lexicon = read(bytes, "");
        assertEquals(1.0, lexicon.valence(":Þ").getAsDouble());
        assertEquals(2.0, lexicon.valence(":Þ-").getAsDouble());
    }
}
