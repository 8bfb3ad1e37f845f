package org.threadlens.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether two given names can name the same person: equal, one a prefix of the other of at least
 * {@value #MIN_PREFIX} letters (Ken, Kenneth; Chris, Christopher), or a pair of {@code nicknames.tsv} (Bill,
 * William). Compared in lower case. Immutable and thread-safe.
 */
final class Nicknames {
    static final int MIN_PREFIX = 3;
    private static final Map<String, Set<String>> PAIRS = load();

    private Nicknames() {
    }

    static boolean compatible(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.length() >= MIN_PREFIX && longer.startsWith(shorter)) {
            return true;
        }
        return PAIRS.getOrDefault(x, Set.of()).contains(y);
    }

    private static Map<String, Set<String>> load() {
        List<String> lines = WordLists.lines("nicknames.tsv");
        if (lines == null) {
            throw new IllegalStateException("nicknames.tsv is missing beside " + Nicknames.class.getName());
        }
        Map<String, Set<String>> pairs = new HashMap<>();
        for (String l : lines) {
            String[] f = l.toLowerCase(Locale.ROOT).split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("nicknames.tsv: expected short<TAB>full, got '" + l + "'");
            }
            pairs.computeIfAbsent(f[0], k -> new HashSet<>()).add(f[1]);
            pairs.computeIfAbsent(f[1], k -> new HashSet<>()).add(f[0]);
        }
        return pairs;
    }
}
