package org.threadlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlEntitiesTest {
    private final HtmlEntities entities = new HtmlEntities();

    /** Asserts the plain text, and that the plain span of {@code plainPart} maps back to {@code sourcePart}. */
    private void assertPrepares(String source, String expectedPlain, String plainPart, String sourcePart) {
        PreparedText p = entities.prepare(source);
        assertEquals(expectedPlain, p.plain());
        int at = p.plain().indexOf(plainPart);
        Span span = p.toSource(at, at + plainPart.length());
        assertEquals(sourcePart, p.sourceSlice(span));
    }

    @Test
    void namedEntitiesDecodeAndMapBackToTheWholeReference() {
        assertPrepares("AT&amp;T rocks", "AT&T rocks", "AT&T", "AT&amp;T");
        assertPrepares("&gt; quoted", "> quoted", ">", "&gt;");
    }

    @Test
    void numericEntitiesDecimalAndHex() {
        assertPrepares("it&#39;s &#x1F600; ok", "it's \uD83D\uDE00 ok", "\uD83D\uDE00", "&#x1F600;");
    }

    @Test
    void offsetsCountCodePointsNotChars() {
        String source = "\uD83D\uDE00\uD83D\uDE00 NASA &amp; ESA";
        PreparedText p = entities.prepare(source);
        int at = p.plain().indexOf("ESA");
        Span span = p.toSource(at, at + 3);
        // two emoji are 2 code points (4 chars); "&amp;" is 5 code points
        assertEquals(new Span(14, 17), span);
        assertEquals("ESA", CodePoints.slice(source, span.begin(), span.end()));
    }

    @Test
    void whatIsNotAReferenceIsCopied() {
        assertPrepares("R&D; a & b; &nosuch; &#xZZ;", "R&D; a & b; &nosuch; &#xZZ;", "&nosuch;", "&nosuch;");
    }

    @Test
    void invalidCodePointsBecomeTheReplacementCharacter() {
        assertEquals("\uFFFD \uFFFD", entities.prepare("&#0; &#xD800;").plain());
    }

    @Test
    void invisibleCharsAreDroppedButJoinersKept() {
        PreparedText p = entities.prepare("a\u200Bb &#x200B;c \u2764\uFE0F d\u00ADe \uD83D\uDC68\u200D\uD83D\uDC69");
        assertEquals("ab c \u2764 de \uD83D\uDC68\u200D\uD83D\uDC69", p.plain());
        int at = p.plain().indexOf("de");
        assertEquals("d\u00ADe", p.sourceSlice(p.toSource(at, at + 2)));
    }

    @Test
    void anEmptySpanMapsToItsPosition() {
        PreparedText p = entities.prepare("a&amp;b");
        assertEquals(new Span(7, 7), p.toSource(3, 3));
        assertEquals(new Span(1, 1), p.toSource(1, 1));
    }
}
