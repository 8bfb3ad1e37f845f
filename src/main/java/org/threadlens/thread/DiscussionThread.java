package org.threadlens.thread;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A discussion thread: its post and every reply, in pre-order.
 *
 * <p>Named {@code DiscussionThread} rather than {@code Thread} so that it never shadows
 * {@link java.lang.Thread} in code that uses both.
 *
 * @param platform             the platform the thread comes from ({@code reddit}, {@code hackernews}, ...)
 * @param id                   the platform's thread id (the post's id where the post is present)
 * @param community            subreddit or forum section; nullable
 * @param title                the post's title; nullable (comments-only inputs). Free text (community, title,
 *                             url) has lone UTF-16 surrogates replaced by U+FFFD, as in {@link Comment}
 * @param url                  the thread's address; nullable
 * @param createdUtc           the post's creation time in epoch seconds; nullable
 * @param source               where it was read from
 * @param declaredCommentCount the number of comments the platform reported for the thread, which may exceed
 *                             the number present in the input; nullable where the source does not say
 * @param unfetched            nullable: replies the source listed but did not include ({@code more} stubs);
 *                             null when the input holds every reply it knows of
 * @param comments             the post (first, if present) and its replies in pre-order
 * @param flags                facts about the thread as a whole
 */
public record DiscussionThread(
        String platform,
        String id,
        String community,
        String title,
        String url,
        Long createdUtc,
        SourceRef source,
        Integer declaredCommentCount,
        Unfetched unfetched,
        List<Comment> comments,
        Set<ThreadFlag> flags) {

    public DiscussionThread {
        platform = WellFormedText.repaired(Objects.requireNonNull(platform, "platform"));
        Ids.requireValid(id, "thread id");
        Objects.requireNonNull(source, "source");
        community = WellFormedText.repaired(community);
        title = WellFormedText.repaired(title);
        url = WellFormedText.repaired(url);
        comments = List.copyOf(comments);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        requirePreOrder(id, comments);
        boolean hasPost = !comments.isEmpty() && comments.get(0).isPost();
        if (hasPost == flags.contains(ThreadFlag.POST_MISSING)) {
            throw new IllegalArgumentException("thread " + id + ": the post-missing flag must be set exactly when"
                    + " the thread has no post");
        }
    }

    /** The post, unless the input held replies only. */
    public Optional<Comment> post() {
        return comments.isEmpty() || !comments.get(0).isPost() ? Optional.empty() : Optional.of(comments.get(0));
    }

    /** The comment with this id, if the thread has it (a linear search: use {@link #tree()} for many). */
    public Optional<Comment> comment(String commentId) {
        return comments.stream().filter(c -> c.id().equals(commentId)).findFirst();
    }

    /** An index of the reply structure, built on each call in O(n). */
    public ThreadTree tree() {
        return new ThreadTree(this);
    }

    /** A copy with other comments (and the post-missing flag set to match). */
    public DiscussionThread withComments(List<Comment> newComments) {
        boolean hasPost = !newComments.isEmpty() && newComments.get(0).isPost();
        EnumSet<ThreadFlag> newFlags = flags.isEmpty() ? EnumSet.noneOf(ThreadFlag.class) : EnumSet.copyOf(flags);
        if (hasPost) {
            newFlags.remove(ThreadFlag.POST_MISSING);
        } else {
            newFlags.add(ThreadFlag.POST_MISSING);
        }
        return new DiscussionThread(platform, id, community, title, url, createdUtc, source, declaredCommentCount,
                unfetched, newComments, newFlags);
    }

    public boolean has(ThreadFlag flag) {
        return flags.contains(flag);
    }

    private static void requirePreOrder(String threadId, List<Comment> comments) {
        Map<String, Integer> depthById = new HashMap<>(comments.size() * 2);
        for (int i = 0; i < comments.size(); i++) {
            Comment c = comments.get(i);
            String where = "thread " + threadId + ", comment " + c.id();
            if (c.isPost() && i != 0) {
                throw new IllegalArgumentException(where + ": a post must come first and only once");
            }
            Integer parentDepth = c.isPost() ? null : depthById.get(c.parentId());
            if (depthById.putIfAbsent(c.id(), c.depth()) != null) {
                throw new IllegalArgumentException(where + ": duplicate comment id");
            }
            if (c.isPost()) {
                continue;
            }
            if (parentDepth == null && !c.has(CommentFlag.ORPHAN)) {
                throw new IllegalArgumentException(where + ": parent " + c.parentId()
                        + " does not precede it and the comment is not flagged orphan");
            }
            int expected = parentDepth == null ? 1 : parentDepth + 1;
            if (parentDepth != null && c.has(CommentFlag.ORPHAN)) {
                throw new IllegalArgumentException(where + ": flagged orphan but its parent is present");
            }
            if (c.depth() != expected) {
                throw new IllegalArgumentException(where + ": depth " + c.depth() + ", expected " + expected);
            }
        }
    }
}
