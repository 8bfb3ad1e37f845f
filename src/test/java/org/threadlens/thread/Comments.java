package org.threadlens.thread;

import java.util.Set;

/** Concise comments for tests. */
public final class Comments {
    private Comments() {
    }

    public static Comment post(String id, String text) {
        return new Comment(id, null, CommentKind.POST, 0, "op", 1, 1_600_000_000L, text, Set.of());
    }

    /** A reply with placeholder depth 1 (the assembler sets the real one). */
    public static Comment reply(String id, String parentId, String text) {
        return new Comment(id, parentId, CommentKind.COMMENT, 1, "user_" + id, 1, 1_600_000_100L, text, Set.of());
    }

    public static DiscussionThread thread(String id, Comment... comments) {
        ThreadAssembler.Result r = ThreadAssembler.assemble(java.util.List.of(comments));
        boolean hasPost = !r.preOrder().isEmpty() && r.preOrder().get(0).isPost();
        return new DiscussionThread("reddit", id, "test", "A title", null, 1_600_000_000L,
                new SourceRef("test", "memory"), null, r.preOrder(), hasPost ? Set.of() : Set.of(ThreadFlag.POST_MISSING));
    }
}
