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
        ThreadBuilder b = new ThreadBuilder("reddit", id, new SourceRef("test", "memory"))
                .community("test").title("A title").createdUtc(1_600_000_000L);
        for (Comment c : comments) {
            b.add(c);
        }
        return b.build();
    }
}
