package org.threadlens.read.redditapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threadlens.Fixtures;
import org.threadlens.read.ReadProblems;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentFlag;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.Unfetched;

/**
 * The real API responses in ../shared/data/reddit-api (recorded by PRAW's test suite). The expected figures
 * were counted independently with a short Python walk of the same JSON.
 */
class RedditApiSampleIT {

    private static DiscussionThread sample(String file) throws Exception {
        RedditApiReaderTest.Read r = RedditApiReaderTest.read(ReadProblems.throwing(),
                Fixtures.sharedData("reddit-api/" + file));
        assertEquals(1, r.threads().size());
        return r.threads().get(0);
    }

    private static Set<String> idsFlagged(DiscussionThread t, CommentFlag flag) {
        return t.comments().stream().filter(c -> c.has(flag)).map(Comment::id).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theFunnyThreadHasItsPost470CommentsAnd34MoreStubs() throws Exception {
        DiscussionThread t = sample("3hahrw-funny.json");
        assertEquals("3hahrw", t.id());
        assertEquals("funny", t.community());
        assertEquals("Ba Dum Tsss", t.title());
        assertEquals("https://www.reddit.com/r/funny/comments/3hahrw/ba_dum_tsss/", t.url());
        assertEquals(1439797480L, t.createdUtc());
        assertEquals(537, t.declaredCommentCount());
        assertEquals(471, t.comments().size(), "the post and 470 comments");
        // 34 stubs (6 of them "continue this thread") listing 57 comment ids
        assertEquals(new Unfetched(34, 57), t.unfetched());
        Comment post = t.comments().get(0);
        assertEquals("your_local_librarian", post.author());
        assertEquals("", post.text(), "a link post");
        assertEquals(29784, post.score());
    }

    @Test
    void theFunnyThreadIsInDocumentPreOrderEveryParentBeforeItsReplies() throws Exception {
        DiscussionThread t = sample("3hahrw-funny.json");
        Set<String> seen = new HashSet<>();
        for (Comment c : t.comments()) {
            assertTrue(c.isPost() || seen.contains(c.parentId()), c.id() + " follows its parent " + c.parentId());
            seen.add(c.id());
        }
        assertEquals(List.of("3hahrw", "cu5oif1", "cu5t516", "cu5tazd", "cu5tlxl", "cu5tu76"),
                t.comments().subList(0, 6).stream().map(Comment::id).toList());
        assertEquals(List.of("cu61t06", "cu64k2r", "cu64n5o"),
                t.comments().subList(468, 471).stream().map(Comment::id).toList());
        assertEquals(Set.of(), idsFlagged(t, CommentFlag.ORPHAN));
    }

    @Test
    void theFunnyThreadsDepthsMatchRedditsOwnDepthPlusOne() throws Exception {
        Map<Integer, Long> byDepth = sample("3hahrw-funny.json").comments().stream()
                .filter(c -> !c.isPost()).collect(Collectors.groupingBy(Comment::depth, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(1, 116L, 2, 79L, 3, 72L, 4, 42L, 5, 39L, 6, 29L, 7, 31L, 8, 25L, 9, 21L, 10, 16L), byDepth);
    }

    @Test
    void theFunnyThreadsDeletedAndEditedCommentsAreFlagged() throws Exception {
        DiscussionThread t = sample("3hahrw-funny.json");
        assertEquals(Set.of("cu5tovd", "cu5w5hz", "cu5y4ro", "cu60yyr", "cu61dgb", "cu61rpx", "cu61tk1"),
                idsFlagged(t, CommentFlag.DELETED));
        assertEquals(Set.of("cu5sxxf", "cu5t0tk", "cu5tovd", "cu5tuy4", "cu5tzj5", "cu5uinp", "cu5ujg2", "cu5um6y",
                "cu5uwfx", "cu5uxy9", "cu5w3gc", "cu62h2m"), idsFlagged(t, CommentFlag.EDITED));
        assertEquals(Set.of(), idsFlagged(t, CommentFlag.REMOVED));
        Comment first = t.comments().get(1);
        assertEquals("frittenlord", first.author());
        assertEquals(1442, first.score());
        assertEquals(1439797539L, first.createdUtc());
        assertTrue(first.text().startsWith("His emotionless face...oh god, I nearly pissed myself laughing!\nThanks"));
    }

    /**
     * The permalink view of comment d81vwef. That comment is top-level (its parent_id is the post, t3_54hhwl,
     * which the view includes), so here it is not an orphan: the view holds the whole ten-comment chain.
     */
    @Test
    void theRedditdevPermalinkViewIsTheChainUnderD81vwef() throws Exception {
        DiscussionThread t = sample("54hhwl-d81vwef-redditdev-permalink.json");
        assertEquals("redditdev", t.community());
        assertEquals("[PRAW 4]: Fetch specific comment replies", t.title());
        assertEquals(10, t.declaredCommentCount());
        assertEquals(List.of("54hhwl<null@0", "d81vwef<54hhwl@1", "d81w4vt<d81vwef@2", "d81xm8b<d81w4vt@3",
                "d82twtt<d81xm8b@4", "d82vz05<d82twtt@5", "d82waqz<d82vz05@6", "d831t17<d82waqz@7",
                "d8320uo<d831t17@8", "d83h2x4<d8320uo@9", "d836mqd<d8320uo@9"), RedditApiReaderTest.shape(t));
        assertEquals(Set.of(), idsFlagged(t, CommentFlag.ORPHAN));
        assertEquals(Set.of("d8320uo"), idsFlagged(t, CommentFlag.EDITED));
        assertEquals("bboe", t.comment("d81vwef").orElseThrow().author());
        assertTrue(t.comments().get(0).text().startsWith("Just as the title states. I'm fetching"));
        assertEquals(null, t.unfetched());
    }
}
