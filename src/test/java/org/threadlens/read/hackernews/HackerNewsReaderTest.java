package org.threadlens.read.hackernews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.read.hackernews.HnReads.assertTree;
import static org.threadlens.read.hackernews.HnReads.comment;
import static org.threadlens.read.hackernews.HnReads.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.read.InputFormatException;
import org.threadlens.read.ReadContext;
import org.threadlens.read.ReadOptions;
import org.threadlens.read.ReadProblems;
import org.threadlens.read.ThreadStream;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.ThreadFlag;

class HackerNewsReaderTest {
    private final HackerNewsReader reader = new HackerNewsReader();

    private HnReads read(String... fixtures) throws Exception {
        return HnReads.read(reader, Arrays.stream(fixtures).map(f -> fixture("hackernews/" + f)).toList());
    }

    /** The Ask HN thread 8001, its items spread over four files given comments first. */
    private HnReads askHn() throws Exception {
        return read("comment-8007.json", "comments.ndjson", "comments-array.json", "story-8001.json");
    }

    @Test
    void itemsSpreadOverFilesInAnyOrderMakeOneThreadInHnDisplayOrder() throws Exception {
        HnReads r = askHn();
        assertEquals(List.of("8001"), r.threadIds());
        // 8003 before 8002 and 8005 before 8006 as their parents' kids rank them, although read the other way
        assertTree(r.thread("8001"),
                "8001",
                "  8003",
                "    8005",
                "      8007",
                "    8006",
                "  8002",
                "    8004");
        DiscussionThread t = r.thread("8001");
        assertEquals(List.of("8001", "8003", "8005", "8003", "8001", "8002"),
                t.comments().stream().skip(1).map(Comment::parentId).toList());
        assertTrue(t.source().file().endsWith("story-8001.json"), "the post's file names the thread's source");
        assertEquals(HackerNewsReader.NAME, t.source().format());
    }

    @Test
    void theStoryIsThePostWithItsTitleTextAndDeclaredCount() throws Exception {
        DiscussionThread t = askHn().thread("8001");
        assertEquals("hackernews", t.platform());
        assertEquals("Ask HN: What is your note-taking setup?", t.title());
        assertEquals("https://news.ycombinator.com/item?id=8001", t.url(), "an Ask HN has no url: its item page");
        assertEquals(1700000000L, t.createdUtc());
        assertEquals(6, t.declaredCommentCount());
        assertNull(t.community());
        assertTrue(t.flags().isEmpty());
        Comment post = t.post().orElseThrow();
        assertEquals(CommentKind.POST, post.kind());
        assertNull(post.parentId());
        assertEquals("ada_l", post.author());
        assertEquals(42, post.score());
        assertEquals("I keep a paper notebook next to the keyboard.<p>What&#x27;s yours? <i>Honest</i> answers only.",
                post.text(), "HTML kept exactly as HN gives it");
    }

    @Test
    void commentsKeepAuthorTimeAndHtmlTextAndHaveNoScore() throws Exception {
        DiscussionThread t = askHn().thread("8001");
        Comment c = comment(t, "8003");
        assertEquals("carol_b", c.author());
        assertEquals(1700000200L, c.createdUtc());
        assertNull(c.score());
        assertEquals("Org-mode. See <a href=\"https://orgmode.org\" rel=\"nofollow\">https://orgmode.org</a>", c.text());
        assertEquals("Plain text files &amp; grep.", comment(t, "8002").text());
        assertEquals(Set.of(), c.flags());
    }

    @Test
    void deletedItemsHaveNoAuthorAndEmptyTextAndTheirRepliesStay() throws Exception {
        DiscussionThread t = askHn().thread("8001");
        Comment deleted = comment(t, "8005");
        assertEquals(Set.of(CommentFlag.DELETED), deleted.flags());
        assertNull(deleted.author());
        assertEquals("", deleted.text());
        assertEquals(1700000500L, deleted.createdUtc());
        assertEquals("8005", comment(t, "8007").parentId());
        assertEquals(3, comment(t, "8007").depth());
    }

    @Test
    void deadItemsAreFlaggedDeadAndKeepTheirText() throws Exception {
        Comment dead = comment(askHn().thread("8001"), "8004");
        assertEquals(Set.of(CommentFlag.DEAD), dead.flags());
        assertEquals("dave_r", dead.author());
        assertEquals("[flagged] buy cheap pens", dead.text());
    }

    @Test
    void badItemsUsersAndBrokenLinesAreSkippedWithFileLineAndReason() throws Exception {
        askHn().assertSkipped(
                "comments.ndjson:2: 'id': expected an item id (a non-negative integer), found the string \"abc\"",
                "comments.ndjson:5: expected a Hacker News item, found a user (ada_l)",
                "comments.ndjson:6: not JSON",
                "comments.ndjson:7: item 8011: 'kids': expected an array of item ids, found the number 8012",
                "comments-array.json:5: array element 4: expected an object, found a number",
                "comments-array.json:6: array element 5: 'id': expected an item id");
    }

    @Test
    void eachBadItemIsSkippedNamingTheFieldAndWhatWasExpected() throws Exception {
        HnReads r = read("bad-items.json");
        r.assertSkipped(
                "bad-items.json:2: array element 1: no 'id': expected an item id",
                "bad-items.json:3: array element 2: item 8101: 'type' is \"tweet\": expected story, comment, job, poll or pollopt",
                "bad-items.json:4: array element 3: item 8102: 'time': expected an integer, found the string \"yesterday\"",
                "bad-items.json:5: array element 4: item 8103: 'parent': expected an item id (a non-negative integer), found an object",
                "bad-items.json:6: array element 5: item 8104: a comment without 'parent'",
                "bad-items.json:7: array element 6: item 8105: 'by': expected a string, found the number 7",
                "bad-items.json:8: array element 7: item 8106: 'dead': expected true or false, found the string \"yes\"");
        assertTree(r.thread("8001"), "  8107");
    }

    @Test
    void aJobIsAPostWhoseEmptyUrlBecomesItsItemPage() throws Exception {
        DiscussionThread t = read("job-9001.json").thread("9001");
        assertEquals("Acme (YC W21) is hiring a Rust engineer", t.title());
        assertEquals("https://news.ycombinator.com/item?id=9001", t.url());
        assertNull(t.declaredCommentCount(), "jobs declare no comment count");
        Comment post = t.post().orElseThrow();
        assertEquals("Acme is hiring a <b>Rust</b> engineer.<p>Remote &amp; onsite.", post.text());
        assertEquals(3, post.score());
        assertEquals(1, t.comments().size());
    }

    @Test
    void aPollIsAPostAndItsOptionsAreReportedNotRead() throws Exception {
        HnReads r = read("poll.ndjson");
        DiscussionThread t = r.thread("9100");
        assertTree(t, "9100", "  9103");
        assertEquals("Poll: Tabs or spaces?", t.title());
        assertEquals("", t.post().orElseThrow().text());
        assertEquals(1, t.declaredCommentCount());
        r.assertSkipped("poll.ndjson:2: item 9101 is a poll option (of poll 9100), not a comment",
                "poll.ndjson:3: item 9102 is a poll option (of poll 9100)");
    }

    @Test
    void commentsWhoseStoryIsMissingAreGroupedUnderTheFirstMissingAncestor() throws Exception {
        HnReads r = read("orphans.ndjson");
        assertEquals(List.of("7001", "7004"), r.threadIds());
        DiscussionThread t = r.thread("7001");
        assertEquals(Set.of(ThreadFlag.POST_MISSING), t.flags());
        assertNull(t.title());
        assertEquals("https://news.ycombinator.com/item?id=7001", t.url());
        assertTree(t, "  7002", "    7003");
        assertEquals(Set.of(CommentFlag.ORPHAN), comment(t, "7002").flags());
        assertEquals("7001", comment(t, "7002").parentId(), "an orphan keeps its parent id");
        assertEquals(Set.of(), comment(t, "7003").flags());
        assertTree(r.thread("7004"), "  7005");
    }

    @Test
    void aParentCycleIsNamedAfterItsSmallestIdAndLosesNoComment() throws Exception {
        DiscussionThread t = read("cycle.ndjson").thread("7100");
        assertTree(t, "  7100", "    7101");
        assertTrue(t.has(ThreadFlag.POST_MISSING));
        assertTrue(comment(t, "7100").has(CommentFlag.ORPHAN));
    }

    @Test
    void deletedAndDeadStories() throws Exception {
        HnReads r = read("deleted-and-dead-stories.json");
        DiscussionThread deleted = r.thread("9300");
        Comment post = deleted.post().orElseThrow();
        assertEquals(Set.of(CommentFlag.DELETED), post.flags());
        assertNull(post.author());
        assertEquals("", post.text());
        assertNull(deleted.title());
        assertTree(deleted, "9300", "  9301");
        DiscussionThread dead = r.thread("9400");
        assertEquals(Set.of(CommentFlag.DEAD), dead.post().orElseThrow().flags());
        assertEquals("http://pens.example/", dead.url());
        assertEquals("Cheap pens", dead.title());
    }

    @Test
    void idsAndNumbersExportedAsStringsAreRead() throws Exception {
        DiscussionThread t = read("bigquery-export.ndjson").thread("9600");
        assertTree(t, "9600", "  9601");
        assertEquals(1700500000L, t.createdUtc());
        assertEquals(5, t.post().orElseThrow().score());
        assertEquals(1, t.declaredCommentCount());
        assertEquals("Numbers as strings.", comment(t, "9601").text());
    }

    @Test
    void anItemReadTwiceIsReportedAndTheFirstKept() throws Exception {
        HnReads r = read("story-8001.json", "comments-array.json", "comments.ndjson", "comment-8007.json", "comment-8007.json");
        assertEquals(7, r.thread("8001").comments().size());
        assertEquals(7, r.skipped().size());
        assertTrue(r.skipped().get(6).message().contains("item 8007 again: the one read first ("), r.skipped().get(6).toString());
    }

    @Test
    void aFileHoldingAUserIsRefusedAndTheOtherInputsAreRead() throws Exception {
        HnReads r = read("user.json", "job-9001.json");
        r.assertFailed("user.json:1", "expected Hacker News items (story, comment, job, poll or pollopt), found a user (ada_l)");
        assertEquals(List.of("9001"), r.threadIds());
    }

    @Test
    void aFileThatIsNotJsonIsRefused() throws Exception {
        read("not-json.json").assertFailed("not-json.json", "expected Hacker News items (story, comment, job, poll or pollopt)"
                + " as JSON, found 'this is not JSON'");
    }

    @Test
    void aSyntaxErrorInAFileOfOneItemNamesItsLine() throws Exception {
        read("syntax-error.json").assertFailed("syntax-error.json:4", "not valid JSON: Unexpected character ('\"'");
    }

    @Test
    void aFileOfAnotherPlatformIsRefusedNamingWhatItHolds() throws Exception {
        read("reddit-listing.json").assertFailed("reddit-listing.json:1", "found an object with fields kind, data");
    }

    @Test
    void aTruncatedArrayKeepsTheItemsBeforeTheCut() throws Exception {
        HnReads r = read("truncated.json");
        assertEquals(List.of("9500"), r.threadIds());
        r.assertFailed("truncated.json:3", "the input breaks off here (a truncated file?): Unexpected end-of-input");
    }

    @Test
    void inStrictModeTheFirstBadRecordStopsTheRead() throws Exception {
        ReadContext strict = new ReadContext(ReadProblems.throwing(), ReadOptions.defaults());
        try (ThreadStream s = reader.open(List.of(HnReads.input(fixture("hackernews/comments.ndjson"))), strict)) {
            InputFormatException e = assertThrows(InputFormatException.class, s::read);
            assertEquals(2, e.line());
            assertTrue(e.getMessage().contains("comments.ndjson:2:"), e.getMessage());
        }
    }

    @Test
    void aGzippedCrawlReadsLikeThePlainOne(@TempDir Path dir) throws Exception {
        Path gz = dir.resolve("poll.ndjson.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(fixture("hackernews/poll.ndjson")));
        }
        assertEquals(read("poll.ndjson").threads().get(0).comments(),
                HnReads.read(reader, List.of(gz)).threads().get(0).comments());
    }

    @Test
    void noInputsGiveNoThreads() throws Exception {
        assertTrue(HnReads.read(reader, List.of()).threads().isEmpty());
        assertFalse(reader.filePatterns().isEmpty());
    }
}
