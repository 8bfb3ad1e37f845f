package org.threadlens.read.hackernews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.read.hackernews.HnReads.assertTree;
import static org.threadlens.read.hackernews.HnReads.comment;
import static org.threadlens.read.hackernews.HnReads.fixture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.ThreadFlag;

class HackerNewsAlgoliaReaderTest {
    private final HackerNewsAlgoliaReader reader = new HackerNewsAlgoliaReader();

    private HnReads read(String... fixtures) throws Exception {
        return HnReads.read(reader, Arrays.stream(fixtures).map(f -> fixture("hackernews-algolia/" + f)).toList());
    }

    @Test
    void aStoryTreeKeepsItsNestingInPreOrder() throws Exception {
        HnReads r = read("story-tree.json");
        assertEquals(List.of("5001"), r.threadIds());
        DiscussionThread t = r.thread("5001");
        assertTree(t,
                "5001",
                "  5002",
                "    5003",
                "      5004",
                "  5005",
                "    5006",
                "  5007");
        assertEquals(List.of("5001", "5002", "5003", "5001", "5005", "5001"),
                t.comments().stream().skip(1).map(Comment::parentId).toList());
        assertTrue(r.skipped().isEmpty(), r.skipped().toString());
    }

    @Test
    void theRootStoryIsThePost() throws Exception {
        DiscussionThread t = read("story-tree.json").thread("5001");
        assertEquals("hackernews", t.platform());
        assertEquals(HackerNewsAlgoliaReader.NAME, t.source().format());
        assertEquals("Show HN: A tiny static site generator in 300 lines", t.title());
        assertEquals("https://example.org/ssg", t.url());
        assertEquals(1700000000L, t.createdUtc());
        assertNull(t.declaredCommentCount(), "Algolia gives no comment count");
        Comment post = t.post().orElseThrow();
        assertEquals(CommentKind.POST, post.kind());
        assertEquals("maria_s", post.author());
        assertEquals(87, post.score());
        assertEquals("", post.text(), "a link story has no text");
    }

    @Test
    void repliesKeepAuthorTimeAndHtmlTextAndHaveNoPoints() throws Exception {
        DiscussionThread t = read("story-tree.json").thread("5001");
        Comment c = comment(t, "5003");
        assertEquals("maria_s", c.author());
        assertEquals(1700000600L, c.createdUtc());
        assertNull(c.score());
        assertEquals("<p>It hashes each page&#x27;s inputs and skips unchanged ones.", c.text());
        assertEquals("<p>Clever &amp; simple.", comment(t, "5004").text());
        assertEquals(3, comment(t, "5004").depth());
    }

    @Test
    void aCommentWithoutAuthorOrTextIsDeletedAndKeepsItsReplies() throws Exception {
        DiscussionThread t = read("story-tree.json").thread("5001");
        Comment deleted = comment(t, "5005");
        assertEquals(Set.of(CommentFlag.DELETED), deleted.flags());
        assertNull(deleted.author());
        assertEquals("", deleted.text());
        assertEquals(1700001000L, deleted.createdUtc());
        assertEquals("<p>What did they say?", comment(t, "5006").text());
        Comment bare = comment(t, "5007");
        assertEquals(Set.of(CommentFlag.DELETED), bare.flags(), "the older answers' {id, children} form");
        assertNull(bare.createdUtc());
    }

    @Test
    void aTreeRootedAtACommentIsItsStorysThreadWithoutThePost() throws Exception {
        DiscussionThread t = read("comment-tree.json").thread("6000");
        assertEquals(Set.of(ThreadFlag.POST_MISSING), t.flags());
        assertNull(t.title());
        assertEquals("https://news.ycombinator.com/item?id=6000", t.url());
        assertTree(t, "  6002", "    6003");
        Comment root = comment(t, "6002");
        assertEquals("6001", root.parentId(), "the root comment keeps its parent_id");
        assertEquals(Set.of(CommentFlag.ORPHAN), root.flags());
        assertEquals("kay_t", root.author());
        assertEquals(1690000100L, comment(t, "6003").createdUtc(), "created_at read where created_at_i is absent");
    }

    @Test
    void treesOnePerLineWithBadNodesAndPollOptions() throws Exception {
        HnReads r = read("trees.ndjson");
        assertEquals(List.of("6100", "6200"), r.threadIds());
        assertTree(r.thread("6100"), "6100", "  6103");
        assertEquals("<p>Pick one.", r.thread("6100").post().orElseThrow().text());
        // 6202 was nested in an unreadable 6201, 6204 in a node without a usable id: both orphans
        DiscussionThread t = r.thread("6200");
        assertTree(t, "6200", "  6206", "  6202", "  6204");
        assertEquals("6201", comment(t, "6202").parentId());
        assertEquals("6203", comment(t, "6204").parentId());
        assertTrue(comment(t, "6204").has(CommentFlag.ORPHAN));
        r.assertSkipped(
                "trees.ndjson:1: item 6101 is a poll option of poll 6100, not a comment",
                "trees.ndjson:1: item 6102 is a poll option of poll 6100",
                "trees.ndjson:2: not JSON",
                "trees.ndjson:3: reply 1 of item 6200: item 6201: 'author': expected a string, found the number 5",
                "trees.ndjson:3: reply 2 of item 6200: 'id': expected an item id (a non-negative integer), found the string \"x\"",
                "trees.ndjson:3: reply 2 of item (unreadable): item 6205 has no 'parent_id'",
                "trees.ndjson:4: expected an items tree, found an object with fields objectID");
    }

    @Test
    void anArrayOfTrees() throws Exception {
        HnReads r = read("trees-array.json");
        assertEquals(List.of("6400", "6500"), r.threadIds());
        assertEquals("https://news.ycombinator.com/item?id=6400", r.thread("6400").url(), "a job's empty url");
        assertTree(r.thread("6500"), "6500", "  6501");
        assertEquals("https://example.com/a", r.thread("6500").url());
    }

    @Test
    void aSearchAnswerIsRefusedWithAHint() throws Exception {
        read("search-answer.json").assertFailed("search-answer.json:1", "found an object with fields hits, nbHits, page,"
                + " nbPages, hitsPerPage (a search answer: save /api/v1/items/<id> answers instead)");
    }

    @Test
    void deepNestingIsWalkedWithoutRecursion(@TempDir Path dir) throws Exception {
        int levels = 900; // 1800 JSON levels: under JsonLimits.MAX_NESTING_DEPTH
        DiscussionThread t = HnReads.read(reader, List.of(nested(dir, levels))).thread("1");
        assertEquals(levels + 1, t.comments().size());
        assertEquals(levels, t.comments().get(levels).depth());
        assertEquals(Integer.toString(levels), t.comments().get(levels - 1).id());
    }

    @Test
    void nestingBeyondTheJsonLimitRefusesTheInput(@TempDir Path dir) throws Exception {
        HnReads r = HnReads.read(reader, List.of(nested(dir, 5_000)));
        assertTrue(r.threads().isEmpty());
        r.assertFailed("deep.json", "exceeds a limit on JSON input (Document nesting depth (2001) exceeds the maximum allowed (2000");
    }

    /** A story with a chain of {@code levels} replies, each nested in the one before. */
    private static Path nested(Path dir, int levels) throws Exception {
        StringBuilder json = new StringBuilder("{\"id\":1,\"type\":\"story\",\"author\":\"a\",\"created_at_i\":1,\"title\":\"deep\",\"children\":[");
        for (int i = 2; i <= levels + 1; i++) {
            json.append("{\"id\":").append(i).append(",\"type\":\"comment\",\"author\":\"a\",\"text\":\"t\",\"created_at_i\":")
                    .append(i).append(",\"children\":[");
        }
        json.append("]}".repeat(levels)).append("]}\n");
        Path p = dir.resolve("deep.json");
        Files.writeString(p, json);
        return p;
    }
}
