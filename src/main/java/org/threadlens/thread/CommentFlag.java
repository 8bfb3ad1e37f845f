package org.threadlens.thread;

import java.util.Locale;

/**
 * Facts about a comment that a reader of the thread must not miss.
 * The wire name (record format, store) is the lower-case constant name.
 */
public enum CommentFlag {
    /** The author deleted the comment: the source shows {@code [deleted]} as its body. */
    DELETED,
    /** A moderator removed the comment: the source shows {@code [removed]} as its body. */
    REMOVED,
    /** The comment's parent is not in the input; its {@code parentId} is kept as the source gave it. */
    ORPHAN,
    /** The platform hid the comment as spam or flagged (Hacker News {@code dead}); its text may be empty. */
    DEAD,
    /** The author edited the comment after posting. */
    EDITED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a {@link #wireName()}; throws {@link IllegalArgumentException} naming the known values. */
    public static CommentFlag fromWireName(String name) {
        for (CommentFlag flag : values()) {
            if (flag.wireName().equals(name)) {
                return flag;
            }
        }
        throw new IllegalArgumentException("unknown comment flag '" + name + "': expected one of deleted, removed, orphan, dead, edited");
    }
}
