package org.threadlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.threadlens.testkit.TextAssertions.assertMarkup;
import static org.threadlens.testkit.TextAssertions.assertPrepares;

import org.junit.jupiter.api.Test;

class HackerNewsHtmlTest {
    private final HackerNewsHtml html = new HackerNewsHtml();

    @Test
    void paragraphsEntitiesAndItalics() {
        assertPrepares(html, "Aw shucks, guys ... you make me blush.<p>I&#x27;ll keep <i>writing</i>. K?",
                "Aw shucks, guys ... you make me blush.\n\nI'll keep writing. K?");
    }

    @Test
    void aParagraphStartingWithAQuoteMarkIsAQuote() {
        PreparedText p = assertPrepares(html, "&gt; Scaling will not stall.<p>I disagree.", "Scaling will not stall.\n\nI disagree.");
        assertMarkup(p, MarkupKind.QUOTE, "Scaling will not stall.");
    }

    @Test
    void codeBlocksAreLeftOut() {
        PreparedText p = assertPrepares(html, "Try this:<p><pre><code>  x = 1\n  y = 2\n</code></pre>It works.",
                "Try this:\n\nIt works.");
        assertMarkup(p, MarkupKind.CODE, "<pre><code>  x = 1\n  y = 2\n</code></pre>");
    }

    @Test
    void autoLinksAreOnePlaceholderAndLabelledLinksReadAsTheirLabel() {
        PreparedText p = assertPrepares(html, "See <a href=\"https:&#x2F;&#x2F;example.com&#x2F;x\" rel=\"nofollow\">https:&#x2F;&#x2F;example.com&#x2F;x</a> "
                + "and <a href=\"https://y.org\">the paper</a>.", "See link and the paper.");
        assertEquals("https://example.com/x", p.markup(MarkupKind.URL).get(0).target());
        assertEquals("https://y.org", p.markup(MarkupKind.LINK).get(0).target());
        int at = p.plain().indexOf("paper");
        assertEquals("paper", p.sourceSlice(p.toSource(at, at + 5)));
    }
}
