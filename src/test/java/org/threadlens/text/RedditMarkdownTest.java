package org.threadlens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.threadlens.testkit.TextAssertions.assertMapsBack;
import static org.threadlens.testkit.TextAssertions.assertMarkup;
import static org.threadlens.testkit.TextAssertions.assertPrepares;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedditMarkdownTest {
    private final RedditMarkdown markdown = new RedditMarkdown();

    @Test
    void escapedBlockQuotesAreQuotesSetApartFromTheAuthorsWords() {
        PreparedText p = assertPrepares(markdown, "&gt; One point I made:\n&gt;\n&gt; - Scaling will help.\n&gt; - But something is missing.\n\nWhat do you think?",
                "One point I made:\n\nScaling will help.\n\nBut something is missing.\n\nWhat do you think?");
        assertMarkup(p, MarkupKind.QUOTE, "One point I made:\n&gt;\n&gt; - Scaling will help.\n&gt; - But something is missing.");
        assertMapsBack(p, "Scaling", "Scaling");
    }

    @Test
    void rawQuotesNestedQuotesAndSpoilersAreNotConfused() {
        PreparedText p = assertPrepares(markdown, "> > nested\n\n>!secret!< text", "nested\n\nsecret text");
        assertMarkup(p, MarkupKind.QUOTE, "nested");
    }

    @Test
    void emphasisStrikeAndSuperscriptMarkersAreDropped() {
        PreparedText p = assertPrepares(markdown, "This is **really** *good* and ~~bad~~ ^(tiny words) ^up",
                "This is really good and bad tiny words up");
        assertMapsBack(p, "tiny words", "tiny words");
        assertMapsBack(p, "up", "up");
        assertMapsBack(p, "bad tiny words up", "bad~~ ^(tiny words) ^up");
    }

    @Test
    void superscriptParenthesesPairUpAndTheirContentIsReadAsText() {
        PreparedText p = assertPrepares(markdown, "x ^(a (b) c) y ^(see [docs](https://e.com/a_(b)) ^(**bold**)) z",
                "x a (b) c y see docs bold z");
        assertMapsBack(p, "a (b) c", "a (b) c");
        assertMarkup(p, MarkupKind.LINK, "[docs](https://e.com/a_(b))");
        assertMapsBack(p, "bold", "bold");
        assertMapsBack(p, "z", "z");
        assertPrepares(markdown, "^(a \\) b) c", "a ) b c");
    }

    @Test
    void anUnclosedSuperscriptIsTextAsWrittenAndAPlainCaretMarksOneWord() {
        assertPrepares(markdown, "sad ^(face here", "sad ^(face here");
        assertPrepares(markdown, "^(a (b) c", "^(a (b) c");
        assertPrepares(markdown, "so ^word and ^^two", "so word and two");
    }

    @Test
    void aSuperscriptClosedTooFarAwayIsTextAndManyUnclosedOnesStayLinear() {
        String far = "a".repeat(InlineMarkdown.SUPERSCRIPT_MAX_CHARS);
        assertPrepares(markdown, "^(" + far + ")", "^(" + far + ")");
        String many = "^(".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertPrepares(markdown, many, many));
    }

    @Test
    void underscoresInsideWordsStay() {
        assertPrepares(markdown, "use snake_case and _emphasis_ here", "use snake_case and emphasis here");
    }

    @Test
    void linksReadAsTheirLabelAndKeepTheirTarget() {
        PreparedText p = assertPrepares(markdown, "see [the docs](https://example.com/a_(b)) now", "see the docs now");
        assertEquals("https://example.com/a_(b)", p.markup(MarkupKind.LINK).get(0).target());
        assertMarkup(p, MarkupKind.LINK, "[the docs](https://example.com/a_(b))");
    }

    @Test
    void bareUrlsAreOnePlaceholderWordThatMapsToTheWholeUrl() {
        PreparedText p = assertPrepares(markdown, "Read https://en.wikipedia.org/wiki/Foo_(bar). Then www.example.com/x?a=1&amp;b=2!",
                "Read link. Then link!");
        assertMarkup(p, MarkupKind.URL, "https://en.wikipedia.org/wiki/Foo_(bar)", "www.example.com/x?a=1&amp;b=2");
        int at = p.plain().indexOf("link");
        assertEquals("https://en.wikipedia.org/wiki/Foo_(bar)", p.wordFor(at, at + 4, "link"));
    }

    @Test
    void userAndCommunityMentionsReadAsNamesAndMapToTheWholeMention() {
        PreparedText p = assertPrepares(markdown, "ask u/spez in /r/AskReddit or r/MachineLearning", "ask spez in AskReddit or MachineLearning");
        assertMarkup(p, MarkupKind.USER, "u/spez");
        assertMarkup(p, MarkupKind.COMMUNITY, "/r/AskReddit", "r/MachineLearning");
        assertMapsBack(p, "MachineLearning", "r/MachineLearning");
    }

    @Test
    void codeBlocksAreLeftOutAndInlineCodeIsAPlaceholder() {
        PreparedText p = assertPrepares(markdown, "Run `rm -rf` carefully:\n\n    sudo rm -rf /\n    echo done\n\nor\n```\nls\n```\nok",
                "Run code carefully:\n\nor\n\nok");
        assertMarkup(p, MarkupKind.CODE, "rm -rf", "    sudo rm -rf /\n    echo done", "```\nls\n```");
    }

    @Test
    void listsHeadingsAndTableCellsEndSentences() {
        assertPrepares(markdown, "# Title\n* one\n* two\n1. three\n\n| a | b |\n|---|:-:|\n| c | d |\n\nafter",
                "Title\n\none\n\ntwo\n\nthree\n\na\n\nb\n\nc\n\nd\n\nafter");
    }

    @Test
    void linesOfAParagraphJoinAndRulesVanish() {
        assertPrepares(markdown, "first line\nsecond line\n\n---\n\nnext", "first line second line\n\nnext");
    }

    @Test
    void backslashEscapesAndZeroWidthSpaces() {
        PreparedText p = assertPrepares(markdown, "a \\*literal\\* star&#x200B;", "a *literal* star");
        assertMapsBack(p, "*literal*", "\\*literal\\*");
    }

    @Test
    void offsetsAreCodePointsAfterEmojiAndEntities() {
        String source = "\uD83D\uDE80 **Gwynne Shotwell** &amp; NASA";
        PreparedText p = assertPrepares(markdown, source, "\uD83D\uDE80 Gwynne Shotwell & NASA");
        int at = p.plain().indexOf("NASA");
        assertEquals(new Span(28, 32), p.toSource(at, at + 4));
        assertEquals("NASA", CodePoints.slice(source, 28, 32));
    }
}
