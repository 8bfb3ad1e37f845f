package org.threadlens.thread;

import java.util.Locale;

/** Whether a comment is the thread's opening post or a reply. */
public enum CommentKind {
    POST,
    COMMENT;

    /** The name used in the record format: {@code post} or {@code comment}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a {@link #wireName()}; throws {@link IllegalArgumentException} naming the known values. */
    public static CommentKind fromWireName(String name) {
        for (CommentKind kind : values()) {
            if (kind.wireName().equals(name)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown comment kind '" + name + "': expected post or comment");
    }
}
