package org.threadlens.thread;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One comment of a thread; the post is the comment of kind {@link CommentKind#POST}.
 *
 * @param id         the platform's id (never prefixed with {@code t1_}/{@code t3_})
 * @param parentId   the id of the comment replied to; null for the post and only for it
 * @param kind       post or comment
 * @param depth      0 for the post, parent's depth + 1 for a reply; an orphan gets 1 (its parent's depth
 *                   is unknown, and it is at least a reply to the post)
 * @param author     the author's name as the source gave it (e.g. {@code [deleted]}); nullable if none
 * @param score      the platform's score; nullable where the source has none
 * @param createdUtc creation time in epoch seconds (fractions truncated); nullable where the source has none
 * @param text       the body exactly as the source gave it, after JSON string decoding only (a lone UTF-16
 *                   surrogate, which no output can carry, becomes U+FFFD: see {@link WellFormedText})
 * @param flags      deleted, removed, orphan
 */
public record Comment(
        String id,
        String parentId,
        CommentKind kind,
        int depth,
        String author,
        Integer score,
        Long createdUtc,
        String text,
        Set<CommentFlag> flags) {

    public Comment {
        Ids.requireValid(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(flags, "flags");
        text = WellFormedText.repaired(text);
        author = WellFormedText.repaired(author);
        if (kind == CommentKind.POST && parentId != null) {
            throw new IllegalArgumentException("post " + id + " has a parentId (" + parentId + "): a post has none");
        }
        if (kind == CommentKind.COMMENT) {
            Ids.requireValid(parentId, "parentId of comment " + id);
        }
        if (depth < 0 || (kind == CommentKind.POST) != (depth == 0)) {
            throw new IllegalArgumentException("comment " + id + ": depth " + depth
                    + " is invalid for a " + kind.wireName() + " (the post has depth 0, replies 1 or more)");
        }
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public boolean isPost() {
        return kind == CommentKind.POST;
    }

    public boolean has(CommentFlag flag) {
        return flags.contains(flag);
    }

    /** This comment with another depth (used while assembling a tree). */
    public Comment withDepth(int newDepth) {
        return new Comment(id, parentId, kind, newDepth, author, score, createdUtc, text, flags);
    }

    /** This comment with one more flag. */
    public Comment withFlag(CommentFlag flag) {
        EnumSet<CommentFlag> more = flags.isEmpty() ? EnumSet.noneOf(CommentFlag.class) : EnumSet.copyOf(flags);
        more.add(flag);
        return new Comment(id, parentId, kind, depth, author, score, createdUtc, text, more);
    }
}
