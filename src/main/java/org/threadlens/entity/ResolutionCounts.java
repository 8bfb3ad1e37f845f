package org.threadlens.entity;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What entity resolution changed, summed over the threads it resolved: given names recalled, mentions trimmed, dropped by each rule,
 * retyped by the thread's vote, added where the thread names them elsewhere, merged into a longer name, left apart as ambiguous, and entities linked or
 * not. Thread-safe (workers add concurrently).
 */
public final class ResolutionCounts {
    private final Map<MentionRules.Rule, AtomicLong> dropped = new EnumMap<>(MentionRules.Rule.class);
    private final AtomicLong recalled = new AtomicLong();
    private final AtomicLong trimmed = new AtomicLong();
    private final AtomicLong retyped = new AtomicLong();
    private final AtomicLong propagated = new AtomicLong();
    private final AtomicLong merged = new AtomicLong();
    private final AtomicLong ambiguous = new AtomicLong();
    private final AtomicLong linked = new AtomicLong();
    private final AtomicLong unlinked = new AtomicLong();

    public ResolutionCounts() {
        for (MentionRules.Rule r : MentionRules.Rule.values()) {
            dropped.put(r, new AtomicLong());
        }
    }

    void dropped(MentionRules.Rule rule) {
        dropped.get(rule).incrementAndGet();
    }

    void recalled(int n) {
        recalled.addAndGet(n);
    }

    void trimmed() {
        trimmed.incrementAndGet();
    }

    void retyped(int n) {
        retyped.addAndGet(n);
    }

    void propagated(int n) {
        propagated.addAndGet(n);
    }

    void merged(int n) {
        merged.addAndGet(n);
    }

    void ambiguous(int n) {
        ambiguous.addAndGet(n);
    }

    void linked(boolean yes) {
        (yes ? linked : unlinked).incrementAndGet();
    }

    /** The counts by name ({@code dropped.interjection}, {@code retyped}, {@code linked}, ...), for reports. */
    public Map<String, Long> asMap() {
        Map<String, Long> m = new LinkedHashMap<>();
        dropped.forEach((r, n) -> m.put("dropped." + r.name().toLowerCase(Locale.ROOT), n.get()));
        m.put("recalled", recalled.get());
        m.put("trimmed", trimmed.get());
        m.put("retyped", retyped.get());
        m.put("propagated", propagated.get());
        m.put("merged", merged.get());
        m.put("ambiguous", ambiguous.get());
        m.put("entitiesLinked", linked.get());
        m.put("entitiesUnlinked", unlinked.get());
        return m;
    }
}
