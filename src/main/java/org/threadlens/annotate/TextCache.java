package org.threadlens.annotate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.threadlens.text.MarkupStyle;

/**
 * Annotations of texts already seen, for identical texts: "[removed] by a moderator" notices, bot boilerplate,
 * "This." and "Thanks!" recur by the thousand in a dump, and an identical text (in the same markup, and on the
 * same day where the engine reads dates) gets identical annotations. Least recently used entries go first;
 * only texts up to {@value #MAX_CHARS} chars are kept. Thread-safe.
 */
final class TextCache<V> {
    static final int MAX_CHARS = 1_000;
    private final int capacity;
    private final Map<Key, V> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    /** What makes two texts' annotations the same. */
    record Key(String text, MarkupStyle style, Long day) {
        Key {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }
    }

    TextCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, V> eldest) {
                return size() > TextCache.this.capacity;
            }
        };
    }

    /** The key of a text, or null if it is too long to keep. */
    static Key key(String text, MarkupStyle style, Long createdUtc, boolean byDay) {
        if (text.length() > MAX_CHARS) {
            return null;
        }
        return new Key(text, style, byDay && createdUtc != null ? Math.floorDiv(createdUtc, 86_400L) : null);
    }

    synchronized V get(Key key) {
        V v = key == null ? null : entries.get(key);
        (v == null ? misses : hits).incrementAndGet();
        return v;
    }

    synchronized void put(Key key, V value) {
        if (key != null && capacity > 0) {
            entries.put(key, value);
        }
    }

    long hits() {
        return hits.get();
    }

    long misses() {
        return misses.get();
    }
}
