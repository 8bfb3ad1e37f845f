package org.threadlens.read.reddittext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.Fixtures.fixture;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threadlens.read.InputFile;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadOptions;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadReaders;
import org.threadlens.read.ThreadStream;
import org.threadlens.text.CodePoints;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.DiscussionThread;

class RedditTextReaderTest {
    private final RedditTextReader reader = new RedditTextReader();

    private List<DiscussionThread> read(String fixture) throws Exception {
        List<DiscussionThread> out = new ArrayList<>();
        InputFile input = InputFile.of(fixture("reddit-text/" + fixture).toString());
        try (ThreadStream s = reader.open(List.of(input), new ReadContext(ReadProblems.throwing(), ReadOptions.defaults()))) {
            for (DiscussionThread t = s.read(); t != null; t = s.read()) {
                out.add(t);
            }
        }
        return out;
    }

    private DiscussionThread readOne(String fixture) throws Exception {
        List<DiscussionThread> threads = read(fixture);
        assertEquals(1, threads.size());
        return threads.get(0);
    }

    /** Asserts that reading fails at {@code line} with a message containing {@code expected}. */
    private void assertMalformed(String fixture, long line, String expected) {
        InputFormatException e = assertThrows(InputFormatException.class, () -> read(fixture));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains(fixture), "names the file: " + e.getMessage());
    }

    @Test
    void readsTheHeaderIdsAndCommunityFromTheUrl() throws Exception {
        DiscussionThread t = readOne("multi-paragraph.txt");
        assertEquals("1abcd2e", t.id());
        assertEquals("espresso", t.community());
        assertEquals("reddit", t.platform());
        assertEquals("Best budget espresso grinder in 2024?", t.title());
        assertEquals(1704067200L, t.createdUtc());
        assertEquals(42, t.declaredCommentCount());
        assertEquals(List.of("1abcd2e", "1abcd2e-c1", "1abcd2e-c2", "1abcd2e-c3"),
                t.comments().stream().map(Comment::id).toList());
    }

    @Test
    void thePostIsTheRootAndEveryTopCommentRepliesToIt() throws Exception {
        DiscussionThread t = readOne("multi-paragraph.txt");
        Comment post = t.comments().get(0);
        assertEquals(CommentKind.POST, post.kind());
        assertNull(post.parentId());
        assertEquals("bean_counter", post.author());
        assertEquals(57, post.score());
        for (Comment c : t.comments().subList(1, 4)) {
            assertEquals("1abcd2e", c.parentId());
            assertEquals(1, c.depth());
        }
        assertEquals(-4, t.comments().get(3).score());
    }

    @Test
    void bodiesKeepParagraphsAndHtmlEscapingButNotTrailingSeparators() throws Exception {
        DiscussionThread t = readOne("multi-paragraph.txt");
        assertEquals("I have about $200 to spend.\n\nCoffee &amp; tea drinker here, mostly espresso.\n"
                + "&gt; quoted line from the FAQ\n\nThanks!", t.comments().get(0).text());
        assertEquals("The 1Zpresso J-Max is great.\n\nSecond paragraph after a blank line.", t.comments().get(1).text());
    }

    @Test
    void theLastBodyEndsAtTheEndOfAFileWithoutFinalNewline() throws Exception {
        Comment last = readOne("multi-paragraph.txt").comments().get(3);
        assertEquals("\uD83D\uDE00\uD83D\uDE00 James Hoffmann reviewed it on YouTube.", last.text());
        // the entity after two non-BMP emoji starts at code point 3 (Python: text[3:17] == 'James Hoffmann')
        assertEquals("James Hoffmann", CodePoints.slice(last.text(), 3, 17));
    }

    @Test
    void deletedCommentsAreFlaggedAndKept() throws Exception {
        Comment deleted = readOne("multi-paragraph.txt").comments().get(2);
        assertEquals(Set.of(CommentFlag.DELETED), deleted.flags());
        assertEquals("[deleted]", deleted.author());
    }

    @Test
    void aThreadWithoutCommentsSection() throws Exception {
        DiscussionThread t = readOne("no-comments.txt");
        assertEquals(1, t.comments().size());
        assertEquals("", t.comments().get(0).text());
        assertEquals(0, t.declaredCommentCount());
    }

    @Test
    void crlfLineEndsReadLikeLf() throws Exception {
        assertEquals(readOne("multi-paragraph.txt").comments(), readOne("crlf.txt").comments());
    }

    @Test
    void severalThreadsInOneFile() throws Exception {
        List<DiscussionThread> threads = read("two-threads.txt");
        assertEquals(List.of("1abcd2e", "zz9yy8"), threads.stream().map(DiscussionThread::id).toList());
        assertEquals(4, threads.get(0).comments().size());
    }

    @Test
    void aUrlThatIsNoPermalinkGetsADerivedStableId() throws Exception {
        DiscussionThread t = readOne("external-url.txt");
        assertTrue(t.id().matches("text-[0-9a-f]{12}"), t.id());
        assertNull(t.community());
        assertEquals(t.id(), readOne("external-url.txt").id());
        assertEquals("inline body on the header line", t.comments().get(0).text());
    }

    @Test
    void aScoreThatIsNotANumberNamesTheLineAndWhatWasExpected() {
        assertMalformed("bad-score.txt", 3, "expected 'Score: <integer>', found 'lots'");
    }

    @Test
    void aMissingHeaderNamesTheHeaderExpected() {
        assertMalformed("missing-author.txt", 2, "expected 'Author:', found 'Score: 57'");
    }

    @Test
    void aCreationTimeThatIsNotANumber() {
        assertMalformed("bad-created.txt", 22, "expected 'Created UTC: <epoch seconds>'");
    }

    @Test
    void blocksOutOfOrderAreRefused() {
        assertMalformed("wrong-block-number.txt", 33, "expected 'Comment 3:'");
    }

    @Test
    void invalidUtf8NamesTheLine() {
        assertMalformed("invalid-utf8.txt", 8, "invalid UTF-8");
    }

    @Test
    void detectionRecognizesTheFormatByContent() throws Exception {
        assertEquals(RedditTextReader.NAME, ThreadReaders.detect(InputFile.of(fixture("reddit-text/crlf.txt").toString())).name());
        assertFalse(reader.recognizes(new org.threadlens.read.InputSample("x.txt", "Hello\nAuthor: x")));
    }
}
