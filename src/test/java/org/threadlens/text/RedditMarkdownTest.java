package org.threadlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedditMarkdownTest {
    private final RedditMarkdown markdown = new RedditMarkdown();

    /** Asserts the plain text the engine reads. */
    private PreparedText assertReads(String source, String expectedPlain) {
        PreparedText p = markdown.prepare(source);
        assertEquals(expectedPlain, p.plain());
        return p;
    }

    /** Asserts the source surfaces of the markup of a kind, in order. */
    private static void assertMarkup(PreparedText p, MarkupKind kind, String... surfaces) {
        assertEquals(List.of(surfaces), p.markup(kind).stream().map(m -> p.sourceSlice(m.source())).toList());
    }

    /** Asserts that the plain word maps back to exactly {@code surface} in the source. */
    private static void assertMapsBack(PreparedText p, String plainWord, String surface) {
        int at = p.plain().indexOf(plainWord);
        assertTrue(at >= 0, plainWord + " in " + p.plain());
        assertEquals(surface, p.sourceSlice(p.toSource(at, at + plainWord.length())));
    }

    @Test
    void escapedBlockQuotesAreQuotesSetApartFromTheAuthorsWords() {
        PreparedText p = assertReads("&gt; One point I made:\n&gt;\n&gt; - Scaling will help.\n&gt; - But something is missing.\n\nWhat do you think?",
                "One point I made:\n\nScaling will help.\n\nBut something is missing.\n\nWhat do you think?");
        assertMarkup(p, MarkupKind.QUOTE, "One point I made:\n&gt;\n&gt; - Scaling will help.\n&gt; - But something is missing.");
        assertMapsBack(p, "Scaling", "Scaling");
    }

    @Test
    void rawQuotesNestedQuotesAndSpoilersAreNotConfused() {
        PreparedText p = assertReads("> > nested\n\n>!secret!< text", "nested\n\nsecret text");
        assertMarkup(p, MarkupKind.QUOTE, "nested");
    }

    @Test
    void emphasisStrikeAndSuperscriptMarkersAreDropped() {
        assertReads("This is **really** *good* and ~~bad~~ ^(tiny words) ^up", "This is really good and bad tiny words) up");
    }

    @Test
    void underscoresInsideWordsStay() {
        assertReads("use snake_case and _emphasis_ here", "use snake_case and emphasis here");
    }

    @Test
    void linksReadAsTheirLabelAndKeepTheirTarget() {
        PreparedText p = assertReads("see [the docs](https://example.com/a_(b)) now", "see the docs now");
        assertEquals("https://example.com/a_(b)", p.markup(MarkupKind.LINK).get(0).target());
        assertMarkup(p, MarkupKind.LINK, "[the docs](https://example.com/a_(b))");
    }

    @Test
    void bareUrlsAreOnePlaceholderWordThatMapsToTheWholeUrl() {
        PreparedText p = assertReads("Read https://en.wikipedia.org/wiki/Foo_(bar). Then www.example.com/x?a=1&amp;b=2!",
                "Read link. Then link!");
        assertMarkup(p, MarkupKind.URL, "https://en.wikipedia.org/wiki/Foo_(bar)", "www.example.com/x?a=1&amp;b=2");
        int at = p.plain().indexOf("link");
        assertEquals("https://en.wikipedia.org/wiki/Foo_(bar)", p.wordFor(at, at + 4, "link"));
    }

    @Test
    void userAndCommunityMentionsReadAsNamesAndMapToTheWholeMention() {
        PreparedText p = assertReads("ask u/spez in /r/AskReddit or r/MachineLearning", "ask spez in AskReddit or MachineLearning");
        assertMarkup(p, MarkupKind.USER, "u/spez");
        assertMarkup(p, MarkupKind.COMMUNITY, "/r/AskReddit", "r/MachineLearning");
        assertMapsBack(p, "MachineLearning", "r/MachineLearning");
    }

    @Test
    void codeBlocksAreLeftOutAndInlineCodeIsAPlaceholder() {
        PreparedText p = assertReads("Run `rm -rf` carefully:\n\n    sudo rm -rf /\n    echo done\n\nor\n```\nls\n```\nok",
                "Run code carefully:\n\nor\n\nok");
        assertMarkup(p, MarkupKind.CODE, "rm -rf", "    sudo rm -rf /\n    echo done", "```\nls\n```");
    }

    @Test
    void listsHeadingsAndTableCellsEndSentences() {
        assertReads("# Title\n* one\n* two\n1. three\n\n| a | b |\n|---|:-:|\n| c | d |\n\nafter",
                "Title\n\none\n\ntwo\n\nthree\n\na\n\nb\n\nc\n\nd\n\nafter");
    }

    @Test
    void linesOfAParagraphJoinAndRulesVanish() {
        assertReads("first line\nsecond line\n\n---\n\nnext", "first line second line\n\nnext");
    }

    @Test
    void backslashEscapesAndZeroWidthSpaces() {
        PreparedText p = assertReads("a \\*literal\\* star&#x200B;", "a *literal* star");
        assertMapsBack(p, "*literal*", "\\*literal\\*");
    }

    @Test
    void offsetsAreCodePointsAfterEmojiAndEntities() {
        String source = "\uD83D\uDE80 **Gwynne Shotwell** &amp; NASA";
        PreparedText p = assertReads(source, "\uD83D\uDE80 Gwynne Shotwell & NASA");
        int at = p.plain().indexOf("NASA");
        assertEquals(new Span(28, 32), p.toSource(at, at + 4));
        assertEquals("NASA", CodePoints.slice(source, 28, 32));
    }
}
