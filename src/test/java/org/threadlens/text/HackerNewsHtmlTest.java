package org.threadlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HackerNewsHtmlTest {
    private final HackerNewsHtml html = new HackerNewsHtml();

    private PreparedText assertReads(String source, String expectedPlain) {
        PreparedText p = html.prepare(source);
        assertEquals(expectedPlain, p.plain());
        return p;
    }

    private static void assertMarkup(PreparedText p, MarkupKind kind, String... surfaces) {
        assertEquals(List.of(surfaces), p.markup(kind).stream().map(m -> p.sourceSlice(m.source())).toList());
    }

    @Test
    void paragraphsEntitiesAndItalics() {
        assertReads("Aw shucks, guys ... you make me blush.<p>I&#x27;ll keep <i>writing</i>. K?",
                "Aw shucks, guys ... you make me blush.\n\nI'll keep writing. K?");
    }

    @Test
    void aParagraphStartingWithAQuoteMarkIsAQuote() {
        PreparedText p = assertReads("&gt; Scaling will not stall.<p>I disagree.", "Scaling will not stall.\n\nI disagree.");
        assertMarkup(p, MarkupKind.QUOTE, "Scaling will not stall.");
    }

    @Test
    void codeBlocksAreLeftOut() {
        PreparedText p = assertReads("Try this:<p><pre><code>  x = 1\n  y = 2\n</code></pre>It works.",
                "Try this:\n\nIt works.");
        assertMarkup(p, MarkupKind.CODE, "<pre><code>  x = 1\n  y = 2\n</code></pre>");
    }

    @Test
    void autoLinksAreOnePlaceholderAndLabelledLinksReadAsTheirLabel() {
        PreparedText p = assertReads("See <a href=\"https:&#x2F;&#x2F;example.com&#x2F;x\" rel=\"nofollow\">https:&#x2F;&#x2F;example.com&#x2F;x</a> "
                + "and <a href=\"https://y.org\">the paper</a>.", "See link and the paper.");
        assertEquals("https://example.com/x", p.markup(MarkupKind.URL).get(0).target());
        assertEquals("https://y.org", p.markup(MarkupKind.LINK).get(0).target());
        int at = p.plain().indexOf("paper");
        assertEquals("paper", p.sourceSlice(p.toSource(at, at + 5)));
    }
}
