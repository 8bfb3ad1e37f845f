package org.threadlens.read.redditapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import org.threadlens.read.InputFormatException;
import org.threadlens.thread.ThreadBuilder;
import org.threadlens.thread.Unfetched;

/**
 * Walks comments ({@code t1}) and their nested {@code replies} Listings into a {@link ThreadBuilder}, in
 * document order, and counts {@code more} stubs as {@link Unfetched}. Iterative (an explicit stack), so
 * hostile nesting cannot overflow the call stack. Depth is left to the builder: Reddit's own {@code depth}
 * field is ignored (permalink views number from the first comment shown, not from the post).
 *
 * <p>A child that is not a comment or stub, or a comment without id, body or parent, is reported and skipped;
 * its replies are still read (they become orphans: their parent is absent). Not thread-safe.
 */
final class CommentWalker {
    private final Skips skips;

    /** One thing to visit: the node, where it is, and the id of the comment or post it sits under. */
    private record Frame(JsonNode thing, String pointer, String enclosingId) {
    }

    CommentWalker(Skips skips) {
        this.skips = skips;
    }

    /** Walks every child of a Listing's {@code data.children} array, found at {@code pointer}. */
    void walkChildren(JsonNode children, String pointer, String enclosingId, ThreadBuilder into)
            throws InputFormatException {
        Deque<Frame> stack = new ArrayDeque<>();
        pushChildren(stack, children, pointer, enclosingId);
        run(stack, into);
    }

    /** Walks one comment and its replies. */
    void walkOne(JsonNode thing, String pointer, String enclosingId, ThreadBuilder into) throws InputFormatException {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(thing, pointer, enclosingId));
        run(stack, into);
    }

    private void run(Deque<Frame> stack, ThreadBuilder into) throws InputFormatException {
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            JsonNode data = f.thing().isObject() ? Things.data(f.thing()) : null;
            String kind = f.thing().isObject() ? Things.kind(f.thing()) : null;
            if (data == null || !(Things.COMMENT.equals(kind) || Things.MORE.equals(kind))) {
                skips.skip(f.pointer(), "expected a comment (kind t1) or a more stub, each with a data object, found "
                        + Skips.describe(f.thing()) + (kind != null && data == null ? " without data" : ""));
            } else if (Things.MORE.equals(kind)) {
                countStub(data, f.pointer(), into);
            } else {
                String id = addComment(data, f, into);
                JsonNode replies = replies(data, f.pointer(), id);
                if (replies != null) {
                    pushChildren(stack, replies, f.pointer() + "/data/replies/data/children", id);
                }
            }
        }
    }

    /** Adds the comment and returns its id (null if it has none: its replies then need their parent_id). */
    private String addComment(JsonNode data, Frame f, ThreadBuilder into) throws InputFormatException {
        String id = Things.id(data);
        if (id == null) {
            skips.skip(f.pointer(), "expected a comment id (data.id or data.name, base-36), found "
                    + Skips.describe(data.get("id")));
            return null;
        }
        String parentId = Things.reference(data, "parent_id");
        if (parentId == null) {
            parentId = f.enclosingId();
        }
        String body = Things.string(data, "body");
        if (body == null) {
            skips.skip(f.pointer(), "comment " + id + ": expected a text body, found " + Skips.describe(data.get("body")));
        } else if (parentId == null) {
            skips.skip(f.pointer(), "comment " + id + ": expected a parent_id (the comment it is nested in has no id)");
        } else {
            into.add(Things.comment(data, id, parentId, body));
        }
        return id;
    }

    /** The children of {@code data.replies}; null when there are none ({@code ""}, null, absent) or unreadable. */
    private JsonNode replies(JsonNode data, String pointer, String id) throws InputFormatException {
        JsonNode replies = data.get("replies");
        if (replies == null || replies.isNull() || (replies.isTextual() && replies.textValue().isEmpty())) {
            return null;
        }
        JsonNode children = Things.children(replies);
        if (children == null) {
            skips.skip(pointer + "/data/replies", "comment " + (id == null ? "without id" : id)
                    + ": expected replies to be a Listing or \"\", found " + Skips.describe(replies));
        }
        return children;
    }

    /**
     * A {@code more} stub: one stub, and as many unfetched comments as it lists ids. Its {@code count} is not
     * used: it counts whole subtrees and disagrees with the list. "Continue this thread" stubs (id {@code _})
     * list none and still count as a stub.
     */
    private void countStub(JsonNode data, String pointer, ThreadBuilder into) throws InputFormatException {
        JsonNode ids = data.get("children");
        if (ids != null && !ids.isArray()) {
            skips.skip(pointer, "more stub: expected data.children to be a list of comment ids, found "
                    + Skips.describe(ids));
            return;
        }
        into.unfetched(new Unfetched(1, ids == null ? 0 : ids.size()));
    }

    private static void pushChildren(Deque<Frame> stack, JsonNode children, String pointer, String enclosingId) {
        for (int i = children.size() - 1; i >= 0; i--) {
            stack.push(new Frame(children.get(i), pointer + "/" + i, enclosingId));
        }
    }
}
