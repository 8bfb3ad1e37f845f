package org.threadlens.sentiment.vader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The contrastive-conjunction rule: after the first "but", valences weigh 1.5; before it, 0.5.
 *
 * <p>Reproduced exactly, including a quirk of the reference: it walks the list and, for each item, updates
 * the <em>first</em> position holding an equal value (Python's {@code list.index}), not the item's own. When
 * a value already reweighted equals a later one (say 3.2 before "but" halved to 1.6, and a 1.6 after it), the
 * earlier position is reweighted again and the later one keeps its weight. The reference does this with a
 * linear search per item; here each value keeps a sorted set of the positions that hold it, so the same
 * result costs O(n log n) rather than O(n²) on long texts.
 */
final class ButShift {
    private ButShift() {
    }

    /** Reweights {@code sentiments} in place around the first "but" of {@code lowerTokens}, if any. */
    static void apply(List<String> lowerTokens, double[] sentiments) {
        int but = lowerTokens.indexOf("but");
        if (but < 0) {
            return;
        }
        Map<Double, TreeSet<Integer>> positions = new HashMap<>();
        for (int i = 0; i < sentiments.length; i++) {
            positions.computeIfAbsent(key(sentiments[i]), k -> new TreeSet<>()).add(i);
        }
        for (int k = 0; k < sentiments.length; k++) {
            double value = sentiments[k];
            TreeSet<Integer> holding = positions.get(key(value));
            int first = holding.first();
            if (first == but) {
                continue;
            }
            double reweighted = value * (first < but ? VaderRules.BEFORE_BUT : VaderRules.AFTER_BUT);
            holding.remove(first);
            sentiments[first] = reweighted;
            positions.computeIfAbsent(key(reweighted), x -> new TreeSet<>()).add(first);
        }
    }

    /** Python's == on floats: 0.0 and -0.0 are equal, so they share a key. */
    private static Double key(double v) {
        return v == 0 ? 0.0 : v;
    }
}
