package org.threadlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.threadlens.testkit.TextAssertions.assertMapsBack;
import static org.threadlens.testkit.TextAssertions.assertPrepares;

import org.junit.jupiter.api.Test;

class HtmlEntitiesTest {
    private final HtmlEntities entities = new HtmlEntities();

    @Test
    void namedEntitiesDecodeAndMapBackToTheWholeReference() {
        assertMapsBack(assertPrepares(entities, "AT&amp;T rocks", "AT&T rocks"), "AT&T", "AT&amp;T");
        assertMapsBack(assertPrepares(entities, "&gt; quoted", "> quoted"), ">", "&gt;");
    }

    @Test
    void numericEntitiesDecimalAndHex() {
        assertMapsBack(assertPrepares(entities, "it&#39;s &#x1F600; ok", "it's \uD83D\uDE00 ok"), "\uD83D\uDE00", "&#x1F600;");
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
        assertMapsBack(assertPrepares(entities, "R&D; a & b; &nosuch; &#xZZ;", "R&D; a & b; &nosuch; &#xZZ;"), "&nosuch;", "&nosuch;");
    }

    @Test
    void invalidCodePointsBecomeTheReplacementCharacter() {
        assertEquals("\uFFFD \uFFFD", entities.prepare("&#0; &#xD800;").plain());
    }

    @Test
    void invisibleCharsAreDroppedButJoinersKept() {
        PreparedText p = assertPrepares(entities, "a\u200Bb &#x200B;c \u2764\uFE0F d\u00ADe \uD83D\uDC68\u200D\uD83D\uDC69",
                "ab c \u2764 de \uD83D\uDC68\u200D\uD83D\uDC69");
        assertMapsBack(p, "de", "d\u00ADe");
    }

    @Test
    void anEmptySpanMapsToItsPosition() {
        PreparedText p = entities.prepare("a&amp;b");
        assertEquals(new Span(7, 7), p.toSource(3, 3));
        assertEquals(new Span(1, 1), p.toSource(1, 1));
    }
}
