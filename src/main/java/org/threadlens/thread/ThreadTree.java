package org.threadlens.thread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An index over a thread's reply structure: comments by id, replies of each comment, ancestors.
 * Immutable once built; thread-safe.
 */
public final class ThreadTree {
    private final DiscussionThread thread;
    private final Map<String, Comment> byId;
    private final Map<String, List<Comment>> replies;

    ThreadTree(DiscussionThread thread) {
        this.thread = thread;
        this.byId = new HashMap<>(thread.comments().size() * 2);
        this.replies = new HashMap<>();
        for (Comment c : thread.comments()) {
            byId.put(c.id(), c);
            if (c.parentId() != null) {
                replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
    }

    public DiscussionThread thread() {
        return thread;
    }

    public Optional<Comment> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The direct replies of a comment, in thread order; empty if none. */
    public List<Comment> replies(String id) {
        return List.copyOf(replies.getOrDefault(id, List.of()));
    }

    /** The comment's parent if it is in the thread (empty for the post and for orphans). */
    public Optional<Comment> parent(Comment comment) {
        return comment.parentId() == null ? Optional.empty() : get(comment.parentId());
    }

    /** Ancestors present in the thread, nearest first (the parent, then its parent, ...). */
    public List<Comment> ancestors(Comment comment) {
        List<Comment> out = new ArrayList<>();
        for (Optional<Comment> p = parent(comment); p.isPresent(); p = parent(p.get())) {
            out.add(p.get());
        }
        return out;
    }

    /** The comment and all its descendants, in pre-order. */
    public List<Comment> subtree(String id) {
        List<Comment> out = new ArrayList<>();
        Comment root = byId.get(id);
        if (root == null) {
            return out;
        }
        ArrayList<Comment> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            Comment c = stack.remove(stack.size() - 1);
            out.add(c);
            List<Comment> kids = replies.getOrDefault(c.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.add(kids.get(i));
            }
        }
        return out;
    }
}
