package org.threadlens.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.threadlens.thread.Comments.post;
import static org.threadlens.thread.Comments.reply;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiscussionThreadTest {
    private static final SourceRef SRC = new SourceRef("test", "memory");

    private static DiscussionThread threadOf(List<Comment> preOrder, Set<ThreadFlag> flags) {
        return new DiscussionThread("reddit", "t1", null, null, null, null, SRC, null, null, preOrder, flags);
    }

    @Test
    void aReplyBeforeItsParentIsRefused() {
        Comment c1 = reply("c1", "p", "").withDepth(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> threadOf(List.of(c1, post("p", "")), Set.of()));
        assertTrue(e.getMessage().contains("comment c1"), e.getMessage());
    }

    @Test
    void aWrongDepthIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> threadOf(List.of(post("p", ""), reply("c1", "p", "").withDepth(2)), Set.of()));
    }

    @Test
    void theFlagPostMissingMustMatchThePost() {
        assertThrows(IllegalArgumentException.class, () -> threadOf(List.of(post("p", "")), Set.of(ThreadFlag.POST_MISSING)));
        Comment orphan = reply("c1", "p", "").withFlag(CommentFlag.ORPHAN);
        assertThrows(IllegalArgumentException.class, () -> threadOf(List.of(orphan), Set.of()));
        assertEquals(1, threadOf(List.of(orphan), Set.of(ThreadFlag.POST_MISSING)).comments().size());
    }

    @Test
    void aPostWithAParentIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Comment("p", "x", CommentKind.POST, 0, null, null, null, "", Set.of()));
    }

    @Test
    void idsWithWhitespaceAreRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Comment("a b", null, CommentKind.POST, 0, null, null, null, "", Set.of()));
        assertTrue(e.getMessage().startsWith("id"), e.getMessage());
    }

    @Test
    void theTreeAnswersRepliesAncestorsAndSubtrees() {
        DiscussionThread t = Comments.thread("t", post("p", ""), reply("a", "p", ""), reply("b", "a", ""),
                reply("c", "p", ""));
        ThreadTree tree = t.tree();
        assertEquals(List.of("a", "c"), tree.replies("p").stream().map(Comment::id).toList());
        assertEquals(List.of("a", "p"), tree.ancestors(tree.get("b").orElseThrow()).stream().map(Comment::id).toList());
        assertEquals(List.of("a", "b"), tree.subtree("a").stream().map(Comment::id).toList());
    }
}
