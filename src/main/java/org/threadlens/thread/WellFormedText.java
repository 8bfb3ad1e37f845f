package org.threadlens.thread;

/**
 * Text that UTF-8 can carry. JSON allows a lone UTF-16 surrogate ({@code "\ud83d"} without its pair: dumps
 * have them where an emoji was cut), but no Unicode encoding does, so every output would lose it its own way
 * (a {@code ?} from Java's encoders and DuckDB, an error from strict JSON readers). The model therefore
 * replaces each lone surrogate with U+FFFD REPLACEMENT CHARACTER when a comment or thread is built: one code
 * point for one, so offsets do not move, and the store, JSONL and every export agree. Ids are not repaired
 * but refused (two ids must never become one). Stateless.
 */
public final class WellFormedText {
    public static final char REPLACEMENT = '\uFFFD';

    private WellFormedText() {
    }

    /** Whether {@code s} holds no lone surrogate (null counts as well-formed). */
    public static boolean isWellFormed(String s) {
        return s == null || firstLoneSurrogate(s) < 0;
    }

    /** {@code s} with each lone surrogate replaced by U+FFFD; {@code s} itself when it has none, null for null. */
    public static String repaired(String s) {
        int first = s == null ? -1 : firstLoneSurrogate(s);
        if (first < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else {
                b.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return b.toString();
    }

    private static int firstLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else {
                return i;
            }
        }
        return -1;
    }
}
