package org.threadlens.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.threadlens.thread.Comments.post;
import static org.threadlens.thread.Comments.reply;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threadlens.thread.Comment;
import org.threadlens.thread.CommentKind;
import org.threadlens.thread.Comments;
import org.threadlens.thread.DiscussionThread;
import org.threadlens.thread.SourceRef;

/** What counts as the same thread for a resumed run. */
class ThreadFingerprintTest {
    private static final DiscussionThread T = Comments.thread("t", post("t", "Hello."), reply("c", "t", "Hi there."));

    private static DiscussionThread withSource(DiscussionThread t, SourceRef source) {
        return new DiscussionThread(t.platform(), t.id(), t.community(), t.title(), t.url(), t.createdUtc(), source,
                t.declaredCommentCount(), t.unfetched(), t.comments(), t.flags());
    }

    private static DiscussionThread withReply(Comment reply) {
        return T.withComments(List.of(T.comments().get(0), reply));
    }

    @Test
    void theSameThreadReadFromAnotherFileIsTheSame() {
        assertEquals(ThreadFingerprint.of(T), ThreadFingerprint.of(withSource(T, new SourceRef("reddit-api", "elsewhere.json"))));
        assertEquals(64, ThreadFingerprint.of(T).length());
    }

    @Test
    void anyChangeOfTextMetadataOrFlagsIsAnotherContent() {
        String h = ThreadFingerprint.of(T);
        Comment c = T.comments().get(1);
        assertNotEquals(h, ThreadFingerprint.of(withReply(new Comment("c", "t", CommentKind.COMMENT, 1, c.author(), c.score(),
                c.createdUtc(), "Hi there!", c.flags()))));
        assertNotEquals(h, ThreadFingerprint.of(withReply(new Comment("c", "t", CommentKind.COMMENT, 1, c.author(), 2,
                c.createdUtc(), c.text(), c.flags()))));
        assertNotEquals(h, ThreadFingerprint.of(withReply(new Comment("c", "t", CommentKind.COMMENT, 1, c.author(), c.score(),
                c.createdUtc(), c.text(), Set.of(org.threadlens.thread.CommentFlag.EDITED)))));
        assertNotEquals(h, ThreadFingerprint.of(T.withComments(List.of(T.comments().get(0)))));
    }

    @Test
    void anAbsentValueDiffersFromAnEmptyOne() {
        Comment c = T.comments().get(1);
        Comment noAuthor = new Comment("c", "t", CommentKind.COMMENT, 1, null, c.score(), c.createdUtc(), c.text(), c.flags());
        Comment emptyAuthor = new Comment("c", "t", CommentKind.COMMENT, 1, "", c.score(), c.createdUtc(), c.text(), c.flags());
        assertNotEquals(ThreadFingerprint.of(withReply(noAuthor)), ThreadFingerprint.of(withReply(emptyAuthor)));
    }

    @Test
    void neighbouringValuesCannotRunIntoEachOther() {
        DiscussionThread a = new DiscussionThread("reddit", "t", "test", "ab", "c", null, T.source(), null, null,
                T.comments(), T.flags());
        DiscussionThread b = new DiscussionThread("reddit", "t", "test", "a", "bc", null, T.source(), null, null,
                T.comments(), T.flags());
        assertNotEquals(ThreadFingerprint.of(a), ThreadFingerprint.of(b), "title then url");
    }
}
