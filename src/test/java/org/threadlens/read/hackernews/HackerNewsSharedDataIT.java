package org.threadlens.read.hackernews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.threadlens.Fixtures;
import org.threadlens.read.InputFile;
import org.threadlens.read.ThreadReaders;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.ThreadFlag;

/** The real Firebase API items in ../shared/data/hackernews: each file read, or refused, as documented. */
class HackerNewsSharedDataIT {
    private static final List<String> FILES = List.of("comment_2921983.json", "job_192327.json", "poll_126809.json",
            "pollopt_160705.json", "story_121003.json", "story_8863.json", "user_jl.json");

    private static Path shared(String name) {
        return Fixtures.sharedData("hackernews/" + name);
    }

    private static HnReads readAll() throws Exception {
        return HnReads.read(new HackerNewsReader(), FILES.stream().map(HackerNewsSharedDataIT::shared).toList());
    }

    private static DiscussionThread readOne(String name) throws Exception {
        HnReads r = HnReads.read(new HackerNewsReader(), List.of(shared(name)));
        assertEquals(1, r.threads().size());
        return r.threads().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"comment_2921983.json", "job_192327.json", "poll_126809.json", "pollopt_160705.json",
        "story_121003.json", "story_8863.json", "user_jl.json"})
    void everyFileIsDetectedAsFirebaseItems(String name) throws Exception {
        assertEquals(HackerNewsReader.NAME, ThreadReaders.detect(InputFile.of(shared(name).toString())).name());
    }

    @Test
    void allFilesTogetherGiveFiveThreadsOneSkippedPollOptionAndARefusedUser() throws Exception {
        HnReads r = readAll();
        assertEquals(List.of("2921506", "192327", "126809", "121003", "8863"), r.threadIds());
        r.assertSkipped("pollopt_160705.json:1: item 160705 is a poll option (of poll 160704), not a comment");
        r.assertFailed("user_jl.json:1", "expected Hacker News items (story, comment, job, poll or pollopt), found a user (jl)");
    }

    @Test
    void theDropboxStory() throws Exception {
        DiscussionThread t = readOne("story_8863.json");
        assertEquals("8863", t.id());
        assertEquals("My YC app: Dropbox - Throw away your USB drive", t.title());
        assertEquals("http://www.getdropbox.com/u/2/screencast.html", t.url());
        assertEquals(1175714200L, t.createdUtc());
        assertEquals(71, t.declaredCommentCount(), "71 declared; none of the comments is in the input");
        Comment post = t.post().orElseThrow();
        assertEquals("dhouston", post.author());
        assertEquals(111, post.score());
        assertEquals("", post.text(), "a link story has no text");
        assertEquals(1, t.comments().size());
    }

    @Test
    void anAskHnKeepsItsHtmlExactly() throws Exception {
        DiscussionThread t = readOne("story_121003.json");
        assertEquals("Ask HN: The Arc Effect", t.title());
        assertEquals("https://news.ycombinator.com/item?id=121003", t.url());
        assertEquals(16, t.declaredCommentCount());
        Comment post = t.post().orElseThrow();
        assertEquals("tel", post.author());
        assertEquals(25, post.score());
        assertTrue(post.text().startsWith("<i>or</i> HN: the Next Iteration<p>I get the impression"), post.text());
        assertTrue(post.text().endsWith("What's in store for (++ HN)?"), post.text());
        assertTrue(post.text().contains("flurry of gratuitous, ostentatious  adjectives"), "two spaces kept");
    }

    @Test
    void aLoneCommentIsAnOrphanInAThreadNamedAfterItsParent() throws Exception {
        DiscussionThread t = readOne("comment_2921983.json");
        assertEquals("2921506", t.id());
        assertEquals(Set.of(ThreadFlag.POST_MISSING), t.flags());
        assertNull(t.title());
        Comment c = t.comments().get(0);
        assertEquals("2921983", c.id());
        assertEquals("2921506", c.parentId());
        assertEquals(1, c.depth());
        assertEquals("norvig", c.author());
        assertEquals(1314211127L, c.createdUtc());
        assertEquals(Set.of(CommentFlag.ORPHAN), c.flags());
        assertEquals("Aw shucks, guys ... you make me blush with your compliments.<p>Tell you what, Ill make a deal: "
                + "I'll keep writing if you keep reading. K?", c.text());
    }

    @Test
    void aJobWithAnEmptyUrlLinksToItsItemPage() throws Exception {
        DiscussionThread t = readOne("job_192327.json");
        assertEquals("Justin.tv is looking for a Lead Flash Engineer!", t.title());
        assertEquals("https://news.ycombinator.com/item?id=192327", t.url());
        assertNull(t.declaredCommentCount());
        Comment post = t.post().orElseThrow();
        assertEquals("justin", post.author());
        assertEquals(6, post.score());
        assertEquals(1210981217L, post.createdUtc());
        assertTrue(post.text().contains("<p>Responsibilities<p><pre><code>    * Contribute to product design"), post.text());
        assertTrue(post.text().contains("release \n</code></pre>\nQualifications"), "newlines and trailing spaces kept");
    }

    @Test
    void aPollIsAPostWithoutText() throws Exception {
        DiscussionThread t = readOne("poll_126809.json");
        assertEquals("Poll: What would happen if News.YC had explicit support for polls?", t.title());
        assertEquals(54, t.declaredCommentCount());
        assertEquals(46, t.post().orElseThrow().score());
        assertEquals("pg", t.post().orElseThrow().author());
        assertEquals("", t.post().orElseThrow().text());
    }
}
