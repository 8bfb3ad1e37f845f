package org.threadlens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.threadlens.analyze.Interval;

class HtmlTest {
    @Test
    void escapesMarkupQuotesAndControlCharacters() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;",
                Html.escape("<script>alert(\"x\")</script> & 'y'"));
        assertEquals("a\uFFFDb\tc\nd", Html.escape("a\u0000b\tc\nd"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void excerptsCollapseSpaceAndCutByCodePoints() {
        assertEquals("one two three", Html.excerpt("  one\n\ntwo   three ", 20));
        assertEquals("abc\u2026", Html.excerpt("abcdef", 4));
        assertEquals("\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80\u2026", Html.excerpt("\uD83D\uDE80".repeat(10), 4),
                "emoji are never split");
    }

    @Test
    void onlyHttpLinksAreLinks() {
        assertEquals("https://news.ycombinator.com/item?id=1", Html.safeLink(" https://news.ycombinator.com/item?id=1 "));
        assertNull(Html.safeLink("javascript:alert(1)"));
        assertNull(Html.safeLink("data:text/html,<b>x</b>"));
        assertNull(Html.safeLink(null));
    }

    @Test
    void numbersAreFormattedTheSameInEveryLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertEquals("+0.10", Html.signed(0.1));
            assertEquals("-0.35", Html.signed(-0.349));
            assertEquals("0.00", Html.signed(-0.001), "no signed zero");
            assertEquals("12.5", Html.num(12.46));
            assertEquals("12,345", Html.count(12_345));
            assertEquals("40%", Html.percent(0.4));
            assertEquals("12\u201377%", Html.percentRange(new Interval(0.1176, 0.7693)));
            assertEquals("-0.12 to +0.31", Html.scoreRange(new Interval(-0.12, 0.31)));
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
