package org.threadlens.read.hackernews;

import java.util.Locale;

/** The item types of Hacker News ({@code type} in both APIs). */
enum ItemType {
    STORY,
    COMMENT,
    JOB,
    POLL,
    /** A poll's option: its text and votes, not part of the discussion. */
    POLLOPT;

    /** What users are told an item's type may be. */
    static final String EXPECTED = "story, comment, job, poll or pollopt";

    /** Whether an item of this type opens a thread (the post). */
    boolean opensThread() {
        return this == STORY || this == JOB || this == POLL;
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type called {@code name}, or null if it is no item type. */
    static ItemType fromWireName(String name) {
        for (ItemType t : values()) {
            if (t.wireName().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
