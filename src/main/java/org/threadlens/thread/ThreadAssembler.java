package org.threadlens.thread;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts comments given in any order into the pre-order a {@link DiscussionThread} requires: sets depths,
 * flags orphans, keeps siblings in input order. Readers use it so that every format obeys the same rules.
 *
 * <p>Rules: the post (if any) is the first root; comments whose parent is absent are orphans (depth 1) and
 * follow the post's tree in input order; comments caught in a parent cycle (including a self-parent) are
 * reached from no root: the first of each cycle in input order becomes an orphan so that none is lost.
 * A comment whose id repeats an earlier one is not placed: it is returned in {@link Result#duplicates()}
 * for the reader to report. Iterative, so nesting depth is bounded by memory, not by the stack.
 */
public final class ThreadAssembler {
    private ThreadAssembler() {
    }

    /** The comments in pre-order, and those left out because their id was already taken. */
    public record Result(List<Comment> preOrder, List<Comment> duplicates) {
        public Result {
            preOrder = List.copyOf(preOrder);
            duplicates = List.copyOf(duplicates);
        }
    }

    /**
     * Orders comments into pre-order. Input depths are ignored (use 0 for the post, 1 for replies).
     *
     * @throws IllegalArgumentException if the input holds more than one post with different ids
     */
    public static Result assemble(List<Comment> comments) {
        Map<String, Comment> byId = new LinkedHashMap<>(comments.size() * 2);
        List<Comment> duplicates = new ArrayList<>();
        Comment post = null;
        for (Comment c : comments) {
            if (byId.putIfAbsent(c.id(), c) != null) {
                duplicates.add(c);
            } else if (c.isPost()) {
                if (post != null) {
                    throw new IllegalArgumentException("two posts in one thread: " + post.id() + " and " + c.id());
                }
                post = c;
            }
        }
        Map<String, List<Comment>> replies = new HashMap<>();
        List<Comment> roots = new ArrayList<>();
        if (post != null) {
            roots.add(post);
        }
        for (Comment c : byId.values()) {
            if (c.isPost()) {
                continue;
            }
            if (byId.containsKey(c.parentId()) && !c.parentId().equals(c.id())) {
                replies.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            } else if (!c.parentId().equals(c.id())) {
                roots.add(c);
            }
        }
        List<Comment> out = new ArrayList<>(byId.size());
        Set<String> placed = new HashSet<>(byId.size() * 2);
        for (Comment root : roots) {
            walk(root, replies, out, placed);
        }
        for (Comment c : byId.values()) {
            if (!placed.contains(c.id())) {
                walk(c, replies, out, placed);
            }
        }
        return new Result(out, duplicates);
    }

    private static void walk(Comment root, Map<String, List<Comment>> replies, List<Comment> out, Set<String> placed) {
        record Frame(Comment comment, int depth) {
        }
        ArrayList<Frame> stack = new ArrayList<>();
        stack.add(new Frame(root, root.isPost() ? 0 : 1));
        boolean isRoot = true;
        while (!stack.isEmpty()) {
            Frame f = stack.remove(stack.size() - 1);
            if (!placed.add(f.comment().id())) {
                continue;
            }
            Comment c = f.comment().depth() == f.depth() ? f.comment() : f.comment().withDepth(f.depth());
            if (isRoot && !c.isPost() && !c.has(CommentFlag.ORPHAN)) {
                c = c.withFlag(CommentFlag.ORPHAN);
            }
            isRoot = false;
            out.add(c);
            List<Comment> kids = replies.getOrDefault(c.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.add(new Frame(kids.get(i), f.depth() + 1));
            }
        }
    }
}
