package org.threadlens.thread;

import java.util.Locale;

/** Facts about a whole thread. The wire name is the lower-case constant name with {@code -} for {@code _}. */
public enum ThreadFlag {
    /** The input held replies of the thread but not its post (e.g. a comments-only dump). */
    POST_MISSING;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a {@link #wireName()}; throws {@link IllegalArgumentException} naming the known values. */
    public static ThreadFlag fromWireName(String name) {
        for (ThreadFlag flag : values()) {
            if (flag.wireName().equals(name)) {
                return flag;
            }
        }
        throw new IllegalArgumentException("unknown thread flag '" + name + "': expected post-missing");
    }
}
