package org.threadlens.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One type per name in a thread: where the same name (compared by {@link EntityNames#key}) was given several
 * types, a type that holds at least {@value #MAJORITY_NUMERATOR} in {@value #MAJORITY_DENOMINATOR} of its
 * mentions becomes the type of all of them ("Reddit" four times ORGANIZATION and once LOCATION is an
 * ORGANIZATION throughout). Without such a majority the contexts really differ, or the thread does not say,
 * and every mention keeps its own type. Stateless.
 */
final class TypeVote {
    static final int MAJORITY_NUMERATOR = 2;
    static final int MAJORITY_DENOMINATOR = 3;

    private TypeVote() {
    }

    /** For each name key with a clear majority type, that type. */
    static Map<String, String> winners(List<MentionRef> mentions) {
        Map<String, Map<String, Integer>> byKey = new HashMap<>();
        for (MentionRef r : mentions) {
            if (EntityNames.isNamed(r.mention().type())) {
                byKey.computeIfAbsent(EntityNames.key(r.mention().text()), k -> new HashMap<>())
                        .merge(r.mention().type(), 1, Integer::sum);
            }
        }
        Map<String, String> winners = new HashMap<>();
        byKey.forEach((key, types) -> {
            if (types.size() > 1) {
                int total = types.values().stream().mapToInt(Integer::intValue).sum();
                types.entrySet().stream().filter(e -> e.getValue() * MAJORITY_DENOMINATOR >= total * MAJORITY_NUMERATOR)
                        .findFirst().ifPresent(e -> winners.put(key, e.getKey()));
            }
        });
        return winners;
    }
}
