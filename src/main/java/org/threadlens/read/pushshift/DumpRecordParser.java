package org.threadlens.read.pushshift;

import com.fasterxml.jackson.databind.JsonNode;
import org.threadlens.thread.CommentKind;

/**
 * Turns one dump object into a {@link DumpRecord}, tolerating every era's field shapes (see the package
 * documentation for the rules). Stateless and thread-safe.
 */
public final class DumpRecordParser {
    private static final String PERMALINK_HOST = "https://www.reddit.com";

    /** A record that cannot be read: the message says what was expected and what was found. */
    public static final class BadRecordException extends Exception {
        BadRecordException(String message) {
            super(message);
        }
    }

    /** Whether an object is a comment, a submission, or neither (null), judged by its keys. */
    static CommentKind classify(JsonNode o) {
        String name = o.path("name").asText("");
        if (name.startsWith("t1_")) {
            return CommentKind.COMMENT;
        }
        if (name.startsWith("t3_")) {
            return CommentKind.POST;
        }
        if (o.has("link_id") || o.has("parent_id") || o.has("body")) {
            return CommentKind.COMMENT;
        }
        if (o.has("title") || o.has("selftext") || o.has("num_comments")) {
            return CommentKind.POST;
        }
        return null;
    }

    /**
     * The record of one dump object.
     *
     * @param input the index of the input it was read from, in the order the inputs were given
     * @param line  its 1-based line there
     * @throws BadRecordException for an object that is no readable comment or submission; the message says
     *                            what was expected and what was found (without file and line)
     */
    public DumpRecord parse(JsonNode o, int input, long line) throws BadRecordException {
        CommentKind kind = classify(o);
        if (kind == null) {
            throw new BadRecordException("expected a Reddit comment (link_id, parent_id, body) or submission"
                    + " (title, selftext, num_comments), found an object without any of these keys");
        }
        String what = kind == CommentKind.POST ? "submission" : "comment";
        String id = RedditIds.bare(idOf(o, what), "'id'", what);
        if (id == null) {
            throw new BadRecordException(what + " without 'id': expected its Reddit id");
        }
        String where = what + " " + id;
        String threadId;
        String parentId = null;
        if (kind == CommentKind.POST) {
            threadId = id;
        } else {
            threadId = RedditIds.bare(FieldValues.text(o, "link_id", where), "'link_id'", where);
            if (threadId == null) {
                throw new BadRecordException(where + " has no 'link_id': expected the id of its submission (t3_...)");
            }
            parentId = RedditIds.bare(FieldValues.text(o, "parent_id", where), "'parent_id'", where);
            if (parentId == null) {
                parentId = threadId;
            }
        }
        String text = FieldValues.freeText(o, kind == CommentKind.POST ? "selftext" : "body", where);
        text = text == null ? "" : text;
        int flags = flags(text, FieldValues.edited(o, where));
        boolean post = kind == CommentKind.POST;
        return new DumpRecord(kind, threadId, id, parentId, FieldValues.text(o, "author", where),
                FieldValues.integer(o, "score", where), FieldValues.epochSeconds(o, "created_utc", where), text, flags,
                post ? FieldValues.freeText(o, "title", where) : null,
                post ? url(FieldValues.text(o, "permalink", where)) : null,
                FieldValues.text(o, "subreddit", where),
                post ? FieldValues.integer(o, "num_comments", where) : null, input, line);
    }

    /** {@code id}, else the {@code name} fullname ({@code t1_...}), else null. */
    private static String idOf(JsonNode o, String what) throws BadRecordException {
        String id = FieldValues.text(o, "id", what);
        return id != null ? id : FieldValues.text(o, "name", what);
    }

    private static int flags(String text, boolean edited) {
        int flags = edited ? DumpRecord.EDITED : 0;
        if ("[deleted]".equals(text)) {
            flags |= DumpRecord.DELETED;
        } else if ("[removed]".equals(text)) {
            flags |= DumpRecord.REMOVED;
        }
        return flags;
    }

    /** A site-relative permalink gets Reddit's host; an absolute one is kept; none gives null. */
    private static String url(String permalink) {
        if (permalink == null || permalink.isEmpty()) {
            return null;
        }
        return permalink.startsWith("/") ? PERMALINK_HOST + permalink : permalink;
    }
}
